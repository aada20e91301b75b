import { z } from 'zod';

/**
 * The texts the upsert stores for a lead's fit and exclusion, and the hash of what the crawl saw
 * (packed-lead.ts makes them). Pure (no store, no native module), so a crawl's prepare threads make
 * them beside normalising and scoring and hand the writer strings instead of work.
 */
export const storedFormSchema = z.object({
  fit: z.string().nullable(),
  excluded: z.string().nullable(),
  contentHash: z.string().min(1),
});
export type StoredForm = z.infer<typeof storedFormSchema>;
