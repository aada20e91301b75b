import { z } from 'zod';

/** The one error envelope every 4xx and 5xx carries (see api/api-error.ts). */
export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string().min(1),
    /** What a client can act on: the fields that failed, or the dependency that is down. */
    details: z.unknown().optional(),
  }),
});
