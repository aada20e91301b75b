/**
 * Agencies, components and offices as employers: their full names (so acronyms are spelled out) and
 * a general wording for the confidentiality option.
 */
export interface EmployerName {
  match: RegExp;
  full: string;
  general: string;
}

export const EMPLOYER_NAMES: EmployerName[] = [
  {
    match: /\bICE\s+ERO\b/,
    full: 'U.S. Immigration and Customs Enforcement (Enforcement and Removal Operations)',
    general: 'Federal law enforcement agency',
  },
  {
    match: /\bICE\s+HSI\b/,
    full: 'Homeland Security Investigations',
    general: 'Federal criminal investigations agency',
  },
  {
    match: /\bCBP\s+OFO\b/,
    full: 'U.S. Customs and Border Protection (Office of Field Operations)',
    general: 'Federal border and trade agency',
  },
  {
    match:
      /\bU\.?S\.? Immigration (and|&) Customs Enforcement\b|\bImmigration (and|&) Customs Enforcement\b|\bICE\b/,
    full: 'U.S. Immigration and Customs Enforcement',
    general: 'Federal law enforcement agency',
  },
  {
    match: /\bHomeland Security Investigations\b|\bHSI\b/,
    full: 'Homeland Security Investigations',
    general: 'Federal criminal investigations agency',
  },
  {
    match: /\bEnforcement (and|&) Removal Operations\b|\bERO\b/,
    full: 'Enforcement and Removal Operations',
    general: 'Federal law enforcement agency',
  },
  {
    match: /\bU\.?S\.? Customs (and|&) Border Protection\b|\bCustoms (and|&) Border Protection\b|\bCBP\b/,
    full: 'U.S. Customs and Border Protection',
    general: 'Federal border and trade agency',
  },
  {
    match: /\bU\.?S\.? Border Patrol\b|\bBorder Patrol\b|\bUSBP\b/,
    full: 'U.S. Border Patrol',
    general: 'Federal border security agency',
  },
  {
    match: /\bOffice of Field Operations\b|\bOFO\b/,
    full: 'Office of Field Operations',
    general: 'Federal port operations office',
  },
  {
    match: /\bDepartment of Homeland Security\b|\bDHS\b/,
    full: 'U.S. Department of Homeland Security',
    general: 'Federal government department',
  },
  {
    match: /\bDepartment of Justice\b|\bDOJ\b/,
    full: 'U.S. Department of Justice',
    general: 'Federal government department',
  },
];

/** "ERO Phoenix Field Office", "Tucson Sector", "San Diego Field Office" → a regional office. */
export const FIELD_OFFICE =
  /\b(?:[A-Z]{2,5}\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(Field Office|Sector|Area Port|Station|Special Agent in Charge office|SAC office)\b/g;
