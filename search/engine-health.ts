import { z } from 'zod';

export const engineHealthSchema = z.object({
  engine: z.enum(['embedded', 'meilisearch']),
  status: z.enum(['ok', 'unavailable']),
  message: z.string().optional(),
});

export type EngineHealth = z.infer<typeof engineHealthSchema>;
