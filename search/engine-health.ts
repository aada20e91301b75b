import { z } from 'zod';

export const engineHealthSchema = z.object({
  engine: z.enum(['embedded', 'meilisearch']),
  status: z.enum(['ok', 'unavailable']),
  message: z.string().optional(),
  /** "refreshing" while the engine rebuilds its index; searches still answer, from the previous one. */
  index: z.enum(['ready', 'refreshing']).optional(),
});

export type EngineHealth = z.infer<typeof engineHealthSchema>;
