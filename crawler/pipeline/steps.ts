import type { Exclusion, Fit, NormalisedLead, SourceType } from '../../core/lead/lead';
import type { RawLead, RawLeadInput } from '../../core/lead/raw-lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import { withSafeLinks } from '../../core/normalise/safe-links';
import type { IncomingLead, UpsertOutcome } from '../../store/lead-upsert';
import { upsertLeads } from '../../store/lead-upsert';
import { closeExpiredLeads, touchListedLeads } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import type { PackedLead } from '../../store/packed-lead';
import { PagePacker } from '../../store/packed-lead';
import { inTextIndexBatch } from '../../store/text-index-batch';
import { MalformedPageError, SkipPageError } from '../http/errors';
import type { Extracted, FetchedPage } from '../source-adapter';
import type { RulesVersion } from './prepare-messages';

/** A lead on its way through the pipeline. */
export interface PipelineLead {
  lead: NormalisedLead;
}

/** Fit scoring and exclusion for one lead; the fit work provides the real one (lead-scorer.ts). */
export interface Scorer {
  (lead: NormalisedLead): { fit: Fit | null; excluded: Exclusion | null };
  /**
   * The exclusion rules it scores by, when it is the real scorer and can be built again from them
   * in a prepare thread (prepare-pool.ts). A scorer without it runs in the calling thread.
   */
  rules?: () => RulesVersion;
}

/**
 * extract: the source's pure extractor on one page. A page it cannot read is a malformed page,
 * never retried (a wrong-shape answer will be wrong again), whatever the extractor threw.
 */
export function extractStep(extract: (page: FetchedPage) => Extracted, page: FetchedPage): Extracted {
  try {
    return extract(page);
  } catch (error) {
    if (error instanceof SkipPageError) throw error;
    throw new MalformedPageError(
      `${page.spec.label} at ${page.url} could not be read: ${(error as Error).message.slice(0, 200)}`,
    );
  }
}

/** validate: every extractor output parsed by the raw-lead schema; the rest are reported, not stored. */
export function validateStep(
  url: string,
  leads: RawLeadInput[],
  displayName?: string,
): { raws: { raw: RawLead }[]; problems: string[] } {
  const raws: { raw: RawLead }[] = [];
  const problems: string[] = [];
  for (const candidate of leads) {
    const parsed = rawLeadSchema.safeParse(candidate);
    // A source's display name is the employer's name for every posting it lists.
    if (parsed.success) {
      const { raw, note } = withSafeLinks(parsed.data, url);
      if (note) problems.push(note);
      raws.push({ raw: displayName ? { ...raw, company: displayName } : raw });
    } else {
      const issue = parsed.error.issues[0];
      problems.push(`${url}: a posting was skipped (${issue?.path.join('.')}: ${issue?.message})`);
    }
  }
  return { raws, problems };
}

/** normalise: titles, places, remote, employment type, salary, dates and sanitised descriptions. */
export function normaliseStep(raws: { raw: RawLead }[]): { leads: PipelineLead[]; problems: string[] } {
  const leads: PipelineLead[] = [];
  const problems: string[] = [];
  for (const { raw } of raws) {
    try {
      leads.push({ lead: normaliseLead(raw) });
    } catch (error) {
      problems.push(
        `${raw.url}: could not normalise "${raw.title}" (${(error as Error).message.slice(0, 200)})`,
      );
    }
  }
  return { leads, problems };
}

/**
 * dedupe (within this batch): one entry per source id, the last one seen winning. Matching against
 * the store (source id, canonical URL, fingerprint) happens in the upsert.
 */
export function dedupeStep<T extends PipelineLead>(leads: T[]): T[] {
  return lastOfEach(leads, (item) => item.lead.sourceLeadId);
}

/** One entry per key, the last one seen kept at the place of the first. */
export function lastOfEach<T>(items: T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(key(item), item);
  return [...byKey.values()];
}

/** score: fit for law-enforcement and admin backgrounds, and the exclusion check. */
export function scoreStep(leads: PipelineLead[], scorer: Scorer): ScoredLead[] {
  return leads.map((item) => ({ ...item, ...scorer(item.lead) }));
}

export type ScoredLead = PipelineLead & ReturnType<Scorer>;

/**
 * pack: each lead's stored texts, content hash and keys (store/packed-lead.ts), made where it was
 * scored, so that the writing thread, which sets the pipeline's pace, only opens text and binds it.
 */
export function packStep(leads: ScoredLead[]): PackedLead[] {
  const packer = new PagePacker();
  const packed = leads.map((item) => packer.pack(item.lead, item.fit, item.excluded));
  packer.done();
  return packed;
}

/** What prepare hands the upsert: the page's packed leads, and postings it could not normalise. */
export interface Prepared {
  leads: PackedLead[];
  problems: string[];
}

/**
 * prepare: normalise → dedupe → score → pack, the part of a page that costs CPU and touches no
 * store, so it can run in a prepare thread while the main thread writes the page before.
 */
export function prepareStep(raws: { raw: RawLead }[], scorer: Scorer): Prepared {
  const normalised = normaliseStep(raws);
  return { leads: packStep(scoreStep(dedupeStep(normalised.leads), scorer)), problems: normalised.problems };
}

export interface UpsertResult {
  counts: Record<UpsertOutcome, number>;
  unchangedFromPages: number;
  changedIds: string[];
  expiredIds: string[];
}

/**
 * upsert: one batch of a source's leads, and the leads vouched for unchanged (by a 304 or by an
 * unchanged list entry), in one transaction, so a crash mid-write leaves the store as it was before
 * the batch. `sweepExpired` also closes leads whose closing date has passed.
 */
export function upsertStep(
  db: Store,
  source: { id: string; type: SourceType; named?: boolean },
  leads: PackedLead[],
  unchangedPages: { leadKeys: string[] }[],
  now: string,
  sweepExpired = true,
): UpsertResult {
  return db.transaction(() => {
    const counts: Record<UpsertOutcome, number> = { new: 0, updated: 0, unchanged: 0 };
    const changedIds: string[] = [];
    // The page's text goes into the index in one statement (store/text-index-batch.ts).
    inTextIndexBatch(db, () => {
      const page = leads.map(
        (packed): IncomingLead => ({
          packed,
          sourceId: source.id,
          sourceType: source.type,
          namedSource: source.named ?? false,
        }),
      );
      for (const { id, outcome } of upsertLeads(db, page, now)) {
        counts[outcome]++;
        if (outcome !== 'unchanged') changedIds.push(id);
      }
    });
    let unchangedFromPages = 0;
    for (const page of unchangedPages) {
      unchangedFromPages += touchListedLeads(db, source.id, page.leadKeys, now).length;
    }
    const expiredIds = sweepExpired ? closeExpiredLeads(db, now) : [];
    return { counts, unchangedFromPages, changedIds, expiredIds };
  })();
}
