import { z } from 'zod';

/**
 * JSON Resume (https://jsonresume.org/schema), written once here and used for imports, the builder,
 * the API and exports. Federal details ride along on each job as `x-federal`.
 */
const text = z.string().max(5000);
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const url = z.url();

export const federalDetailsSchema = z.object({
  series: z
    .string()
    .regex(/^\d{4}$/, 'must be a four-digit series such as 1811')
    .optional(),
  grade: z
    .string()
    .regex(/^(GS|GL|GG|FV|SV|ES|WG)-?\d{1,2}(\/\d{1,2})?$/i, 'must look like GS-12 or GL-9')
    .optional(),
  hoursPerWeek: z.number().min(1).max(100).optional(),
  salary: z.string().max(100).optional(),
});

export const workSchema = z.object({
  name: text.optional(),
  position: text.optional(),
  url: url.optional(),
  location: text.optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  summary: text.optional(),
  highlights: z.array(text).optional(),
  'x-federal': federalDetailsSchema.optional(),
});

const locationSchema = z.object({
  address: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  countryCode: text.optional(),
  region: text.optional(),
});

/**
 * A security clearance, kept apart from certificates because employers filter on it: level, whether
 * it is active, and when it was granted or last investigated.
 */
export const clearanceSchema = z.object({
  level: z.string().max(100).optional(),
  status: z.enum(['active', 'current', 'inactive', 'expired']).optional(),
  date: date.optional(),
});

/** A seeker's verdict on one explained change, keyed by the change id in `x-offramp.decisions`. */
export const decisionSchema = z.object({
  state: z.enum(['accepted', 'reverted']),
  path: z.string().max(200),
  /** The original words of the change, so the decision survives edits that move the span. */
  original: z.string().max(5000),
  replacement: z.string().max(5000),
});

/** A seeker's own wording of a whole field, kept while the field's source text is unchanged. */
export const handEditSchema = z.object({ source: z.string().max(5000), text: z.string().max(5000) });

/** Builder state that travels with an exported JSON Resume, so a re-import keeps every decision. */
export const offrampStateSchema = z.object({
  decisions: z.record(z.string().max(300), decisionSchema).optional(),
  handEdits: z.record(z.string().max(200), handEditSchema).optional(),
  template: z.string().max(50).optional(),
  paper: z.enum(['letter', 'a4']).optional(),
});

export const resumeSchema = z.object({
  $schema: z.string().optional(),
  'x-clearance': clearanceSchema.optional(),
  'x-offramp': offrampStateSchema.optional(),
  basics: z
    .object({
      name: text.optional(),
      label: text.optional(),
      image: text.optional(),
      email: z.email().optional().or(z.literal('')),
      phone: text.optional(),
      url: url.optional(),
      summary: text.optional(),
      location: locationSchema.optional(),
      profiles: z
        .array(z.object({ network: text.optional(), username: text.optional(), url: url.optional() }))
        .optional(),
    })
    .optional(),
  work: z.array(workSchema).optional(),
  volunteer: z
    .array(
      z.object({
        organization: text.optional(),
        position: text.optional(),
        url: url.optional(),
        startDate: date.optional(),
        endDate: date.optional(),
        summary: text.optional(),
        highlights: z.array(text).optional(),
      }),
    )
    .optional(),
  education: z
    .array(
      z.object({
        institution: text.optional(),
        url: url.optional(),
        area: text.optional(),
        studyType: text.optional(),
        startDate: date.optional(),
        endDate: date.optional(),
        score: text.optional(),
        courses: z.array(text).optional(),
      }),
    )
    .optional(),
  awards: z
    .array(
      z.object({
        title: text.optional(),
        date: date.optional(),
        awarder: text.optional(),
        summary: text.optional(),
      }),
    )
    .optional(),
  certificates: z
    .array(
      z.object({
        name: text.optional(),
        date: date.optional(),
        issuer: text.optional(),
        url: url.optional(),
      }),
    )
    .optional(),
  publications: z
    .array(
      z.object({
        name: text.optional(),
        publisher: text.optional(),
        releaseDate: date.optional(),
        url: url.optional(),
        summary: text.optional(),
      }),
    )
    .optional(),
  skills: z
    .array(z.object({ name: text.optional(), level: text.optional(), keywords: z.array(text).optional() }))
    .optional(),
  languages: z.array(z.object({ language: text.optional(), fluency: text.optional() })).optional(),
  interests: z.array(z.object({ name: text.optional(), keywords: z.array(text).optional() })).optional(),
  references: z.array(z.object({ name: text.optional(), reference: text.optional() })).optional(),
  projects: z
    .array(
      z.object({
        name: text.optional(),
        description: text.optional(),
        highlights: z.array(text).optional(),
        keywords: z.array(text).optional(),
        startDate: date.optional(),
        endDate: date.optional(),
        url: url.optional(),
        roles: z.array(text).optional(),
        entity: text.optional(),
        type: text.optional(),
      }),
    )
    .optional(),
  meta: z
    .object({ canonical: url.optional(), version: text.optional(), lastModified: text.optional() })
    .optional(),
});

export type Resume = z.infer<typeof resumeSchema>;
export type WorkItem = z.infer<typeof workSchema>;
export type Clearance = z.infer<typeof clearanceSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type OfframpState = z.infer<typeof offrampStateSchema>;
