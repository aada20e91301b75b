import { z } from 'zod';
import { exclusionRuleSchema } from '../../core/fit/exclusions';
import { exclusionSchema, fitSchema, normalisedLeadSchema } from '../../core/lead/lead';
import type { RawLead } from '../../core/lead/raw-lead';
import { storedFormSchema } from '../../store/lead-stored-form';

/**
 * The messages between the crawl's main thread and its prepare threads (prepare-pool.ts), written
 * once here. A thread checks each request on arrival (its raw leads were parsed on the main thread).
 * Its reply is the prepare step's own typed output, in the shape `prepareReplySchema` says (the
 * pool's tests parse real replies with it); the main thread, the pipeline's one writer whose time is
 * the pipeline's speed, checks the reply's envelope (`replyProblem`): ids, lists and the parts of
 * each lead the store keys on, not every reason again.
 */

/** Which exclusion rules a batch is scored by; `rules` travel only when a thread has not seen `stamp`. */
export const rulesVersionSchema = z.object({
  stamp: z.string(),
  /** null: the bundled defaults. */
  rules: z.array(exclusionRuleSchema).nullable(),
});
export type RulesVersion = z.infer<typeof rulesVersionSchema>;

/**
 * A raw lead as the main thread sends it: already parsed by `rawLeadSchema` there (steps.ts
 * validateStep), and a structured clone cannot change it. Parsing every field again here took a
 * tenth of a thread's time; the thread checks the fields it keys on, and the reply is parsed in
 * full before it leaves, so a lead the store cannot take still never leaves a thread.
 */
const sentRawSchema = z.custom<{ raw: RawLead }>(
  (value) => {
    const raw = (value as { raw?: Record<string, unknown> } | null)?.raw;
    return (
      typeof raw === 'object' &&
      raw !== null &&
      ['sourceLeadId', 'title', 'company', 'url', 'descriptionHtml'].every(
        (k) => typeof raw[k] === 'string',
      ) &&
      Array.isArray(raw.locations)
    );
  },
  { message: 'is not a raw lead parsed by the main thread' },
);

export const prepareRequestSchema = z.object({
  id: z.number().int(),
  rules: rulesVersionSchema.omit({ rules: true }).extend({
    rules: z.array(exclusionRuleSchema).nullable().optional(),
  }),
  raws: z.array(sentRawSchema),
});
export type PrepareRequest = z.input<typeof prepareRequestSchema>;

export const preparedLeadSchema = z.object({
  lead: normalisedLeadSchema,
  fit: fitSchema.nullable(),
  excluded: exclusionSchema.nullable(),
  stored: storedFormSchema.optional(),
});

export const prepareReplySchema = z.object({
  id: z.number().int(),
  scored: z.array(preparedLeadSchema),
  problems: z.array(z.string()),
});
export const prepareFailureSchema = z.object({ id: z.number().int(), error: z.string() });
export type PrepareReply = z.infer<typeof prepareReplySchema> | z.infer<typeof prepareFailureSchema>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the main thread checks of a reply before the upsert takes it: the lists, and in each lead the
 * parts the store keys on. The thread parsed every lead in full before sending it; checking its
 * shape again field by field on the main thread, the pipeline's one writer, cost more per lead
 * than the write it guards (a zod parse copies every field of every lead). Answers the first
 * problem as `path: message`, or null.
 */
export function replyProblem(message: unknown): string | null {
  if (!isObject(message) || typeof message.id !== 'number') return 'id: expected a number';
  if (!Array.isArray(message.problems) || message.problems.some((p) => typeof p !== 'string'))
    return 'problems: expected a list of sentences';
  if (!Array.isArray(message.scored)) return 'scored: expected a list';
  for (let i = 0; i < message.scored.length; i++) {
    const item: unknown = message.scored[i];
    if (!isObject(item) || !isObject(item.lead)) return `scored.${i}.lead: expected an object`;
    for (const key of ['sourceLeadId', 'title', 'url'])
      if (typeof item.lead[key] !== 'string') return `scored.${i}.lead.${key}: expected a string`;
    for (const key of ['fit', 'excluded'])
      if (item[key] !== null && !isObject(item[key])) return `scored.${i}.${key}: expected an object or null`;
    // The writer stores these texts and the hash as they come: each must be a string.
    if (item.stored !== undefined) {
      const stored = item.stored as Record<string, unknown> | null;
      if (!isObject(stored) || typeof stored.contentHash !== 'string')
        return `scored.${i}.stored: expected texts`;
      for (const key of ['fit', 'excluded'])
        if (stored[key] !== null && typeof stored[key] !== 'string')
          return `scored.${i}.stored.${key}: expected a string or null`;
    }
  }
  return null;
}
