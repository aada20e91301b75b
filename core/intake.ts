import { z } from 'zod';
import { backgroundIds } from './fit/backgrounds';
import { resumeSchema } from './resume/resume-schema';

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
  /** A resume draft from this browser, only when the seeker ticks the box to share it. */
  resume: resumeSchema.optional(),
});
export type Intake = z.infer<typeof intakeSchema>;

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
