import { z } from 'zod';

export const remoteKinds = ['remote', 'hybrid', 'onsite'] as const;
export const employmentTypes = [
  'full_time',
  'part_time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
  'per_diem',
  'seasonal',
] as const;
export const salaryPeriods = ['hour', 'day', 'week', 'month', 'year'] as const;

export const sourceTypes = [
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'workday',
  'usajobs',
  'neogov',
  'jsonld',
  'recruitee',
  'workable',
  'bamboohr',
  'oracle',
  'ukg',
  'icims',
  'personio',
  'teamtailor',
  'rippling',
] as const;
export type SourceType = (typeof sourceTypes)[number];

export const placeSchema = z.object({
  text: z.string(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type Place = z.infer<typeof placeSchema>;

export const salarySchema = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().nullable(),
  period: z.enum(salaryPeriods),
  /** The range as a yearly figure (2,080 working hours a year), for filters and sorting. */
  annualMin: z.number().nullable(),
  annualMax: z.number().nullable(),
});
export type Salary = z.infer<typeof salarySchema>;

export const fitSchema = z.object({
  score: z.number().min(0).max(1),
  byBackground: z.record(z.string(), z.number().min(0).max(1)),
  tracks: z.array(z.string()),
  occupations: z.array(z.object({ code: z.string(), title: z.string() })),
  reasons: z.array(z.string()),
  /** The same reasons for each background, so the card and the lead page explain the chosen one. */
  reasonsByBackground: z.record(z.string(), z.array(z.string())).optional(),
  /** The title did not identify the work: the score is a guess and never shows as "Good fit". */
  lowConfidence: z.boolean().optional(),
  /** The posting does not require a degree, or lets experience stand in for one. */
  noDegreeRequired: z.boolean().optional(),
  /** An admin corrected the occupations or tracks; the scores follow the correction. */
  corrected: z.boolean().optional(),
  enforcementRole: z.boolean(),
});
export type Fit = z.infer<typeof fitSchema>;

export const exclusionSchema = z.object({ reason: z.string(), rule: z.string() });
export type Exclusion = z.infer<typeof exclusionSchema>;

/** A posting after normalisation: what the store keeps and every consumer reads. */
export const normalisedLeadSchema = z.object({
  title: z.string().min(1),
  company: z.string().min(1),
  location: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  places: z.array(placeSchema),
  remote: z.enum(remoteKinds).nullable(),
  employmentType: z.enum(employmentTypes).nullable(),
  salary: salarySchema.nullable(),
  url: z.url(),
  canonicalUrl: z.string(),
  applyUrl: z.url().nullable(),
  sourceLeadId: z.string(),
  postedAt: z.string().nullable(),
  postedAtApproximate: z.boolean(),
  closesAt: z.string().nullable(),
  department: z.string().nullable(),
  descriptionHtml: z.string(),
  description: z.string(),
  fingerprint: z.string(),
  /** No college degree asked for (see degree-requirement.ts); absent on leads stored before it. */
  noDegreeRequired: z.boolean().optional(),
});
export type NormalisedLead = z.infer<typeof normalisedLeadSchema>;

/** A stored lead as the API, the CLI and the search engines see it. */
export const leadSchema = normalisedLeadSchema.extend({
  id: z.string(),
  sourceId: z.string(),
  sourceType: z.enum(sourceTypes),
  status: z.enum(['open', 'closed']),
  closedReason: z.string().nullable(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  fit: fitSchema.nullable(),
  excluded: exclusionSchema.nullable(),
});
export type Lead = z.infer<typeof leadSchema>;
