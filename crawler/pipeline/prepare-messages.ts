import { z } from 'zod';
import { exclusionRuleSchema } from '../../core/fit/exclusions';
import type { RawLead } from '../../core/lead/raw-lead';
import type { PackedLead } from '../../store/packed-lead';
import { PACKED_RANGES, packedInBounds, packedLeadSchema } from '../../store/packed-lead';

/**
 * The messages between the crawl's main thread and its prepare threads (prepare-pool.ts), written
 * once here. A thread checks each request on arrival (its raw leads were parsed on the main thread).
 * Its reply is the prepare step's own typed output, in the shape `prepareReplySchema` says (the
 * pool's tests parse real replies with it); the main thread, the pipeline's one writer whose time is
 * the pipeline's speed, checks the reply's envelope (`replyProblem`): ids, lists and that each
 * packed lead's parts are the strings and numbers the store binds.
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

export const prepareReplySchema = z.object({
  id: z.number().int(),
  leads: z.array(packedLeadSchema),
  problems: z.array(z.string()),
});
export const prepareFailureSchema = z.object({ id: z.number().int(), error: z.string() });
export type PrepareReply = z.infer<typeof prepareReplySchema> | z.infer<typeof prepareFailureSchema>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STRINGS = ['sourceLeadId', 'canonicalUrl', 'fingerprint'] as const;
const FLAGS = ['noDegreeRequired', 'postedAtApproximate'] as const;

/**
 * What the main thread checks of a reply before the upsert takes it: the lists, and in each packed
 * lead the keys, the values and that its texts lie inside its page's text. A zod parse of every
 * lead again on the main thread, the pipeline's one writer, cost more per lead than the write it
 * guards. Answers the first problem as `path: message`, or null.
 */
export function replyProblem(message: unknown): string | null {
  if (!isObject(message) || typeof message.id !== 'number') return 'id: expected a number';
  if (!Array.isArray(message.problems) || message.problems.some((p) => typeof p !== 'string'))
    return 'problems: expected a list of sentences';
  if (!Array.isArray(message.leads)) return 'leads: expected a list';
  for (let i = 0; i < message.leads.length; i++) {
    const item: unknown = message.leads[i];
    if (!isObject(item)) return `leads.${i}: expected an object`;
    for (const key of STRINGS)
      if (typeof item[key] !== 'string') return `leads.${i}.${key}: expected a string`;
    if (item.fitScore !== null && typeof item.fitScore !== 'number')
      return `leads.${i}.fitScore: expected a number`;
    for (const key of FLAGS)
      if (typeof item[key] !== 'boolean') return `leads.${i}.${key}: expected true or false`;
    const { numbers } = item;
    if (
      !Array.isArray(numbers) ||
      numbers.length !== 4 ||
      numbers.some((n) => n !== null && !Number.isFinite(n))
    )
      return `leads.${i}.numbers: expected four numbers or nulls`;
    const { page, at, sizes } = item;
    if (!isObject(page) || typeof page.text !== 'string') return `leads.${i}.page: expected a text`;
    const sized =
      Array.isArray(sizes) &&
      sizes.length === PACKED_RANGES &&
      sizes.every((n) => Number.isInteger(n) && n >= -1);
    if (!Number.isInteger(at) || (at as number) < 0 || !sized || !packedInBounds(item as PackedLead))
      return `leads.${i}.sizes: expected ranges inside the page's text`;
  }
  return null;
}
