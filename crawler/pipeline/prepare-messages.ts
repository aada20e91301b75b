import { z } from 'zod';
import { exclusionRuleSchema } from '../../core/fit/exclusions';
import { exclusionSchema, fitSchema, normalisedLeadSchema } from '../../core/lead/lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';

/**
 * The messages between the crawl's main thread and its prepare threads (prepare-pool.ts), written
 * once here. A thread parses each request in full on arrival, and parses its reply in full before
 * sending it, so a lead leaves a thread only in the shape the store takes. The main thread, the
 * pipeline's one writer whose time is the pipeline's speed, parses the reply's envelope
 * (`prepareReplyEnvelopeSchema`): ids, lists and the parts of each lead, not every reason again.
 */

/** Which exclusion rules a batch is scored by; `rules` travel only when a thread has not seen `stamp`. */
export const rulesVersionSchema = z.object({
  stamp: z.string(),
  /** null: the bundled defaults. */
  rules: z.array(exclusionRuleSchema).nullable(),
});
export type RulesVersion = z.infer<typeof rulesVersionSchema>;

export const prepareRequestSchema = z.object({
  id: z.number().int(),
  rules: rulesVersionSchema.omit({ rules: true }).extend({
    rules: z.array(exclusionRuleSchema).nullable().optional(),
  }),
  raws: z.array(z.object({ raw: rawLeadSchema })),
});
export type PrepareRequest = z.input<typeof prepareRequestSchema>;

export const preparedLeadSchema = z.object({
  lead: normalisedLeadSchema,
  fit: fitSchema.nullable(),
  excluded: exclusionSchema.nullable(),
});

export const prepareReplySchema = z.object({
  id: z.number().int(),
  scored: z.array(preparedLeadSchema),
  problems: z.array(z.string()),
});
export const prepareFailureSchema = z.object({ id: z.number().int(), error: z.string() });
export type PrepareReply = z.infer<typeof prepareReplySchema> | z.infer<typeof prepareFailureSchema>;

const part = z.object({}).loose();
export const prepareReplyEnvelopeSchema = z.object({
  id: z.number().int(),
  scored: z.array(
    z.object({
      lead: z.object({ sourceLeadId: z.string(), title: z.string(), url: z.string() }).loose(),
      fit: part.nullable(),
      excluded: part.nullable(),
    }),
  ),
  problems: z.array(z.string()),
});
