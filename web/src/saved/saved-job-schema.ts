import { z } from 'zod';

/** What a saved job shows on the Saved page without asking the server. */
export const savedJobSchema = z.object({
  id: z.string().regex(/^[0-9a-f-]{36}$/),
  title: z.string().max(300),
  company: z.string().max(300),
  where: z.string().max(300).nullable(),
  pay: z.string().max(100).nullable(),
  savedAt: z.string().max(40),
});
export type SavedJob = z.infer<typeof savedJobSchema>;
