import { hash } from 'node:crypto';
import { z } from 'zod';
import type { Exclusion, Fit, NormalisedLead } from '../core/lead/lead';
import { fitText } from './stored-fit';

/**
 * The texts the upsert stores for a lead's fit and exclusion, and the hash of what the crawl saw.
 * Pure (no store, no native module), so a crawl's prepare threads can make it beside normalising and
 * scoring and hand the writer strings instead of work: `storedForm` is about a third of what an
 * upsert of a new lead cost the writing thread.
 */
export const storedFormSchema = z.object({
  fit: z.string().nullable(),
  excluded: z.string().nullable(),
  contentHash: z.string().min(1),
});
export type StoredForm = z.infer<typeof storedFormSchema>;

/**
 * The hash of what a crawl saw: SHA-256 of the text of JSON.stringify([content, fit, exclusion]),
 * so hashes stored before still match. One-shot hashing
 * (https://nodejs.org/api/crypto.html#cryptohashalgorithm-data-outputencoding) of the joined text
 * measured a little faster than feeding a Hash object the parts.
 */
export function contentHashOf(lead: NormalisedLead, fit: string | null, excluded: string | null): string {
  // noDegreeRequired is derived from the rest (the description, mostly): leaving it out keeps the
  // hashes of leads stored before it existed, so the next crawl does not see every lead as changed.
  const { fingerprint: _ignored, noDegreeRequired: _derived, ...content } = lead;
  return hash('sha256', `[${JSON.stringify(content)},${fit ?? 'null'},${excluded ?? 'null'}]`, 'base64url');
}

/** A lead's stored texts, made once: the row and the hash share them. */
export function storedForm(lead: NormalisedLead, fit: Fit | null, excluded: Exclusion | null): StoredForm {
  const fitColumn = fit ? fitText(fit) : null;
  const excludedText = excluded ? JSON.stringify(excluded) : null;
  return {
    fit: fitColumn,
    excluded: excludedText,
    contentHash: contentHashOf(lead, fitColumn, excludedText),
  };
}
