import type { Lead } from '../lead/lead';

type EmploymentType = NonNullable<Lead['employmentType']>;

const PATTERNS: [RegExp, EmploymentType][] = [
  [/intern/, 'internship'],
  [/volunteer/, 'volunteer'],
  [/per ?diem|prn/, 'per_diem'],
  [/seasonal/, 'seasonal'],
  [/contract|contractor|freelance|1099/, 'contract'],
  [/temp|temporary|term\b|not[- ]to[- ]exceed|fixed[- ]term/, 'temporary'],
  [/part[- _]?time|intermittent/, 'part_time'],
  [/full[- _]?time|permanent|regular|\bft\b/, 'full_time'],
];

/**
 * Maps schema.org values (FULL_TIME, CONTRACTOR...), ATS labels ("Full-time", "FullTime") and USAJOBS
 * schedules ("Full-time", "Permanent") onto one vocabulary; the first value that maps wins.
 */
export function normaliseEmploymentType(raw: string | string[] | null | undefined): EmploymentType | null {
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  for (const value of values) {
    // Lower-cased first, no capital is left to split at: `t` is the value lower-cased.
    const t = value.toLowerCase();
    const spaced = value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    // Most values have no camel-case join ("FULL_TIME", "Full-time"): the two readings are one.
    if (spaced === t) {
      for (const [pattern, type] of PATTERNS) if (pattern.test(t)) return type;
    } else for (const [pattern, type] of PATTERNS) if (pattern.test(t) || pattern.test(spaced)) return type;
  }
  return null;
}
