import type { BackgroundProfile } from './background-profile';
import type { Requirements } from './requirements';
import { joinPhrases } from './skills';

export interface Missing {
  /** "a CPA licence": shown as "Needs a CPA licence". */
  label: string;
  /** How much the score keeps: 0.4 for a licence that takes years, 0.85 for a card a course gives. */
  keep: number;
}

export interface RequirementFit {
  met: string[];
  missing: Missing[];
}

const LICENCE_KEEP: Record<string, number> = {
  rn: 0.35,
  cpa: 0.35,
  bar: 0.35,
  clinical: 0.35,
  engineer: 0.4,
  guard: 0.85,
  pi: 0.85,
  cdl: 0.8,
};
const CERTIFICATION_KEEP: Record<string, number> = {
  cissp: 0.45,
  'security-plus': 0.55,
  polygraph: 0.45,
  emt: 0.6,
  pmp: 0.8,
  cams: 0.85,
  cfe: 0.9,
  cpp: 0.9,
};
const CLEARANCE_RANK = { 'public-trust': 0, secret: 1, 'top-secret': 2 } as const;
const CLEARANCE_WORDS = {
  'public-trust': 'a public-trust background check',
  secret: 'a Secret clearance',
  'top-secret': 'a Top Secret clearance',
} as const;

/** Experience in these fields comes from a profession of its own, not from enforcement or admin work. */
const DISTANT_FIELD =
  /\b(software|engineering|programming|develop\w*|sales|saas|quota|marketing|recruit\w*|nursing|clinical|patient|accounting|auditing|data science|data analy\w*|product|design|laboratory|scientific|research and development|frontend|backend|mobile|cloud|devops|machine learning|statistic\w*|teaching|construction|plumb\w*|architecture|finance|financial analysis)\b/;
const GENERIC_FIELD = /^(specialized|general|qualifying|work|the|similar|this|equivalent|at|in)\b/;

/**
 * Compares what a posting requires with what a background typically brings: hard requirements the
 * background lacks lower the score and are named; ones it meets raise it.
 */
export function requirementFit(
  req: Requirements,
  profile: BackgroundProfile,
  shared = hardRequirements(req),
): RequirementFit {
  const met: string[] = [];
  const missing: Missing[] = [...shared];
  for (const exp of req.experience) {
    if (!exp.required || exp.years < 2 || GENERIC_FIELD.test(exp.field)) continue;
    if (profile.field.test(exp.field))
      met.push(`Asks for ${exp.years} years of ${exp.field} experience — yours counts`);
    else if (DISTANT_FIELD.test(exp.field))
      missing.push({ label: `${exp.years} years of ${exp.field} experience`, keep: 0.55 });
  }
  const conditions = [
    req.firearms && 'firearms qualification',
    req.arrestAuthority && 'arrest authority',
    req.fitness && 'a fitness standard',
  ].filter((c): c is string => Boolean(c));
  if (conditions.length > 0 && profile.enforcement)
    met.push(`Asks for ${joinPhrases(conditions)}, which your enforcement work already required`);
  if (req.maxAge !== null) {
    if (profile.enforcement)
      met.push(
        `Has a maximum entry age of ${req.maxAge}; prior federal law-enforcement service usually waives it`,
      );
    else missing.push({ label: `to start before age ${req.maxAge}`, keep: 0.75 });
  }
  if (req.clearance?.required && CLEARANCE_RANK[req.clearance.level] <= CLEARANCE_RANK[profile.clearance])
    met.push(`Asks for ${CLEARANCE_WORDS[req.clearance.level]}, which you may still hold`);
  return { met, missing };
}

/** Hard requirements no enforcement or admin background brings: a technical degree, a licence, code. */
export function hardRequirements(req: Requirements): Missing[] {
  const missing: Missing[] = [];
  const degree = req.degree;
  if (degree?.required && !degree.substitutable && !req.saysNoDegree && !req.experienceInstead) {
    if (degree.technical)
      missing.push({
        label: degree.field ? `a degree in ${degree.field}` : 'a degree in a technical field',
        keep: 0.45,
      });
    else if (degree.level === 'doctorate') missing.push({ label: 'a doctorate', keep: 0.5 });
    else if (degree.level === 'master') missing.push({ label: "a master's degree", keep: 0.7 });
  }
  for (const licence of req.licences)
    if (licence.required) missing.push({ label: licence.label, keep: LICENCE_KEEP[licence.id] ?? 0.6 });
  for (const cert of req.certifications)
    if (cert.required) missing.push({ label: cert.label, keep: CERTIFICATION_KEEP[cert.id] ?? 0.7 });
  const requiredTools = req.tools.filter((t) => t.required);
  if (requiredTools.length >= 2 || req.tools.length >= 3)
    missing.push({ label: `${joinPhrases(req.tools.slice(0, 3).map((t) => t.label))} skills`, keep: 0.4 });
  else if (requiredTools.length === 1)
    missing.push({ label: `${requiredTools[0]?.label} skills`, keep: 0.75 });
  if (req.militaryMembership)
    missing.push({ label: 'current membership of the National Guard (a Title 32 job)', keep: 0.3 });
  return missing;
}
