import { z } from 'zod';

/** A salary as a source states it, before units are agreed. */
export const rawSalarySchema = z.object({
  min: z.number().finite().nonnegative().nullable().optional(),
  max: z.number().finite().nonnegative().nullable().optional(),
  currency: z.string().trim().nullable().optional(),
  /** The source's own unit words: "YEAR", "Per Year", "PA", "hourly", "Annual"... */
  period: z.string().trim().nullable().optional(),
});

/** One place a source gives for a posting: free text, structured parts, or both. */
export const rawLocationSchema = z.object({
  text: z.string().trim().optional(),
  city: z.string().trim().nullable().optional(),
  region: z.string().trim().nullable().optional(),
  country: z.string().trim().nullable().optional(),
  latitude: z.number().finite().nullable().optional(),
  longitude: z.number().finite().nullable().optional(),
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
  workplace: z.string().trim().nullable().optional(),
  employmentType: z
    .union([z.string(), z.array(z.string())])
    .nullable()
    .optional(),
  salary: rawSalarySchema.nullable().optional(),
  descriptionHtml: z.string().default(''),
  url: z.url(),
  applyUrl: z.url().nullable().optional(),
  postedAt: z.union([z.string(), z.number()]).nullable().optional(),
  postedAtApproximate: z.boolean().default(false),
  closesAt: z.union([z.string(), z.number()]).nullable().optional(),
  department: z.string().trim().nullable().optional(),
  /** schema.org JobPosting.experienceInPlaceOfEducation, when the source states it. */
  experienceInPlaceOfEducation: z.boolean().nullable().optional(),
});

export type RawLead = z.infer<typeof rawLeadSchema>;
export type RawLeadInput = z.input<typeof rawLeadSchema>;
export type RawLocation = z.infer<typeof rawLocationSchema>;
export type RawSalary = z.infer<typeof rawSalarySchema>;
