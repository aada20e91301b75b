import { z } from 'zod';
import { backgroundIds } from './fit/backgrounds';
import { resumeSchema } from './resume/resume-schema';

/** What POST /api/drafts answers with: 32 random bytes, base64url. */
export const draftReferenceSchema = z
  .string()
  .regex(/^[\w-]{43}$/, 'must be the reference POST /api/drafts gave for a shared resume draft');

/** What the intake form collects: only what an adviser needs, and nothing that names the seeker. */
export const intakeSchema = z.strictObject({
  background: z.enum(backgroundIds),
  location: z.string().trim().max(200).default(''),
  workplace: z.enum(['remote', 'hybrid', 'onsite', 'any']).default('any'),
  goals: z.string().trim().min(1, 'tell an adviser what you are looking for').max(2000),
  timing: z.enum(['now', 'within-3-months', 'within-a-year', 'exploring']),
  contact: z
    .string()
    .trim()
    .min(3, 'give a way to reach you, such as a Signal number or an email alias')
    .max(300),
  /**
   * The reference of a resume draft the seeker shared (POST /api/drafts), only when they tick the
   * box to share it. The draft itself is stored apart and only the adviser who takes the request
   * can open it, so a request stays a few kB however long the resume.
   */
  resumeDraft: draftReferenceSchema.optional(),
  /** Refused with a message saying what to send instead (an older client sent the resume inline). */
  resume: z
    .never({
      error:
        'a resume is not sent inside the request: share it as a draft first (POST /api/drafts) and send the reference you get back as resumeDraft',
    })
    .optional(),
});
export type Intake = z.infer<typeof intakeSchema>;

/** A request as stored and as the adviser who took it reads it: with the shared draft, if any. */
export const storedIntakeSchema = intakeSchema
  .omit({ resumeDraft: true, resume: true })
  .extend({ resume: resumeSchema.optional() });
export type StoredIntake = z.infer<typeof storedIntakeSchema>;

export const clientStages = [
  'new',
  'in-conversation',
  'applying',
  'interviewing',
  'offer',
  'placed',
  'closed',
] as const;
export type ClientStage = (typeof clientStages)[number];
