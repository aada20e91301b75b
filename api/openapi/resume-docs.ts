import { z } from 'zod';
import { changeSchema } from '../../core/resume/change';
import { resumeSchema } from '../../core/resume/resume-schema';
import { EXPORT_FORMATS, exportFormatIds } from '../../templates/export-formats';
import { tooMany } from './common-answers';
import { documented } from './documented';

const lintFindingSchema = z.object({
  path: z.string(),
  rule: z.enum(['acronym', 'first-person', 'no-outcome', 'long-bullet']),
  message: z.string(),
});

const tailoringSchema = z.object({
  score: z.number(),
  covered: z.array(z.string()),
  missing: z.array(z.string()),
  suggestions: z.array(z.string()),
});

/** The refusals both resume routes share: the per-client limits and the 256 kB cap. */
const resumeLimits = {
  400: 'A field of the resume or the options is not valid',
  413: 'The resume is larger than 256 kB',
  ...tooMany('resume requests'),
} as const;

export const translateDoc = documented({
  summary: 'Translate a resume into civilian English, explaining every change',
  json: {
    200: {
      description: 'The translated resume, each change with its reason, lint findings and tailoring',
      schema: z.object({
        resume: resumeSchema,
        changes: z.array(changeSchema),
        /** Civilian functional titles per job index, for the seeker to choose from. */
        titleOptions: z.record(z.string().regex(/^\d+$/), z.array(z.string())),
        lint: z.object({ findings: z.array(lintFindingSchema), estimatedPages: z.number() }),
        tailoring: tailoringSchema.nullable(),
      }),
    },
  },
  errors: resumeLimits,
});

export const renderDoc = documented({
  summary: 'Render a resume as DOCX, PDF, JSON Resume, Markdown or plain text',
  json: { 200: { description: 'The file, as an attachment', schema: resumeSchema } },
  other: {
    200: {
      description: 'The file, as an attachment (Content-Disposition names it)',
      media: exportFormatIds
        .map((id) => EXPORT_FORMATS[id].mediaType)
        .filter((m) => m !== 'application/json'),
    },
  },
  errors: { ...resumeLimits, 429: 'Too many resume requests or exports in flight from this client' },
});
