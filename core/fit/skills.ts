/** Transferable skills a posting can ask for, with the words a seeker would recognise. */
export const SKILLS: { id: string; phrase: string; pattern: RegExp }[] = [
  { id: 'investigations', phrase: 'investigations', pattern: /\binvestigat(e|es|ing|ion|ions|ive)\b/ },
  {
    id: 'interviewing',
    phrase: 'interviewing',
    pattern:
      /\b(interview(s|ing)? (witness|claimant|subject|employee|complainant|suspect)\w*|conduct(s|ing)? (recorded |fact[- ]finding )?interviews|interviewing)\b/,
  },
  {
    id: 'report-writing',
    phrase: 'report writing',
    pattern:
      /\b(report writing|writ(e|es|ing) (clear |detailed |accurate |concise |written |investigative )?(case )?reports|written reports|case reports|document(s|ing)? findings)\b/,
  },
  {
    id: 'testimony',
    phrase: 'testimony',
    pattern: /\b(testif(y|ies|ied|ying)|testimony|depositions?|court appearances?|expert witness)\b/,
  },
  { id: 'surveillance', phrase: 'surveillance', pattern: /\bsurveillance\b/ },
  {
    id: 'compliance',
    phrase: 'compliance work',
    // Compliance as the work itself, not the boilerplate almost every US posting carries ("in
    // compliance with the ADA", "EEO compliance", "compliance with applicable laws").
    pattern:
      /\b((?<!\b(in|eeo|ada|osha|hipaa) )compliance(?! with (the |all |applicable )*(ada|americans|eeo|equal|federal|state|local|laws?|regulations)\b)|regulatory requirements|policies and procedures|audit(s|ing)?)\b/,
  },
  {
    id: 'security',
    phrase: 'security',
    pattern:
      /\b(physical security|security (operations|programs?|assessments?|incidents?)|threat assessments?|access control)\b/,
  },
  {
    id: 'emergency',
    phrase: 'emergency management',
    pattern:
      /\b(emergency (management|response|operations|preparedness)|incident command|business continuity|crisis (response|management))\b/,
  },
  {
    id: 'languages',
    phrase: 'Spanish or other languages',
    pattern:
      /\b(spanish|bilingual|second language|mandarin|arabic|haitian creole|portuguese|vietnamese|tagalog|french)\b/,
  },
  {
    id: 'clearance',
    phrase: 'a security clearance',
    pattern:
      /\b(security clearance|secret clearance|top secret|ts\/sci|public trust|clearance required|active clearance)\b/,
  },
  {
    id: 'supervision',
    phrase: 'supervising people',
    pattern: /\b(supervis(e|es|ing|ory)|lead a team|manage a team|team lead|direct reports)\b/,
  },
];

const LE_VALUED =
  /\b((prior |previous )?(law enforcement|military|police|federal law enforcement|investigative|public safety) (experience|background)s?\b[^.]{0,60}\b(preferred|valued|welcome|desired|a plus|an asset|strongly considered|encouraged)|former (law enforcement|police|federal agents?|military)|veterans? and (former )?law enforcement|(law enforcement|military) (veterans?|professionals) (are )?(encouraged|welcome))/;

export function skillsIn(text: string): typeof SKILLS {
  return skillsInLower(text.toLowerCase());
}

/** skillsIn of text already lower-cased. */
export function skillsInLower(lower: string): typeof SKILLS {
  return SKILLS.filter((s) => s.pattern.test(lower));
}

export function valuesLawEnforcement(text: string): boolean {
  return valuesLawEnforcementLower(text.toLowerCase());
}

/** valuesLawEnforcement of text already lower-cased. */
export function valuesLawEnforcementLower(lower: string): boolean {
  return LE_VALUED.test(lower);
}

/** "A", "A and B", "A, B and C". */
export function joinPhrases(phrases: string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}
