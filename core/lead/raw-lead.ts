import { z } from 'zod';

/** A salary as a source states it, before units are agreed. */
export const rawSalarySchema = z.object({
  min: z.number().finite().nonnegative().nullable().default(null),
  max: z.number().finite().nonnegative().nullable().default(null),
  currency: z.string().trim().nullable().default(null),
  /** The source's own unit words: "YEAR", "Per Year", "PA", "hourly", "Annual"... */
  period: z.string().trim().nullable().default(null),
});

/** One place a source gives for a posting: free text, structured parts, or both. */
export const rawLocationSchema = z.object({
  text: z.string().trim().nullable().default(null),
  city: z.string().trim().nullable().default(null),
  region: z.string().trim().nullable().default(null),
  country: z.string().trim().nullable().default(null),
  latitude: z.number().finite().nullable().default(null),
  longitude: z.number().finite().nullable().default(null),
});

/**
 * What an extractor returns for one posting: the source's facts in the source's own words. The
 * normalise step turns it into a `Lead`. Every extractor output is parsed by this schema.
 */
export const rawLeadSchema = z.object({
  sourceLeadId: z.string().trim().min(1),
  title: z.string().trim().min(1),
  company: z.string().trim().min(1),
  locations: z.array(rawLocationSchema).default([]),
  /** A source's explicit remote flag or workplace type, in its own words. */
  workplace: z.string().trim().nullable().default(null),
  employmentType: z
    .union([z.string(), z.array(z.string())])
    .nullable()
    .default(null),
  salary: rawSalarySchema.nullable().default(null),
  descriptionHtml: z.string().default(''),
  url: z.url(),
  applyUrl: z.url().nullable().default(null),
  postedAt: z.union([z.string(), z.number()]).nullable().default(null),
  postedAtApproximate: z.boolean().default(false),
  closesAt: z.union([z.string(), z.number()]).nullable().default(null),
  department: z.string().trim().nullable().default(null),
  /** schema.org JobPosting.experienceInPlaceOfEducation, when the source states it. */
  experienceInPlaceOfEducation: z.boolean().nullable().default(null),
});

export type RawLead = z.infer<typeof rawLeadSchema>;
export type RawLeadInput = z.input<typeof rawLeadSchema>;
export type RawLocation = z.infer<typeof rawLocationSchema>;
/** A place as an extractor writes it: any of its parts. */
export type RawLocationInput = z.input<typeof rawLocationSchema>;
export type RawSalary = z.infer<typeof rawSalarySchema>;
export type RawSalaryInput = z.input<typeof rawSalarySchema>;
