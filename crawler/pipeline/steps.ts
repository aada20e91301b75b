import type { Exclusion, Fit, NormalisedLead, SourceType } from '../../core/lead/lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import type { IncomingLead, UpsertOutcome } from '../../store/leads-repo';
import { closeExpiredLeads, touchListedLeads, upsertLead } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import type { FetchReport } from '../fetch/fetch-plan';

/** A lead on its way through the pipeline. */
export interface PipelineLead {
  lead: NormalisedLead;
}

/** Fit scoring and exclusion for one lead; the fit work provides the real one. */
export type Scorer = (lead: NormalisedLead) => { fit: Fit | null; excluded: Exclusion | null };

/** extract: every extractor output parsed by the raw-lead schema; the rest are reported, not stored. */
export function extractStep(report: FetchReport): {
  raws: { raw: ReturnType<typeof rawLeadSchema.parse> }[];
  problems: string[];
} {
  const raws: { raw: ReturnType<typeof rawLeadSchema.parse> }[] = [];
  const problems: string[] = [];
  for (const { page, leads, skipped } of report.pages) {
    problems.push(...skipped.map((s) => `${page.url}: skipped ${s}`));
    for (const candidate of leads) {
      const parsed = rawLeadSchema.safeParse(candidate);
      if (parsed.success) raws.push({ raw: parsed.data });
      else {
        const issue = parsed.error.issues[0];
        problems.push(`${page.url}: a posting was skipped (${issue?.path.join('.')}: ${issue?.message})`);
      }
    }
  }
  return { raws, problems };
}

/** normalise: titles, places, remote, employment type, salary, dates and sanitised descriptions. */
export function normaliseStep(raws: ReturnType<typeof extractStep>['raws']): {
  leads: PipelineLead[];
  problems: string[];
} {
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
export function dedupeStep(leads: PipelineLead[]): PipelineLead[] {
  const bySourceId = new Map<string, PipelineLead>();
  for (const item of leads) bySourceId.set(item.lead.sourceLeadId, item);
  return [...bySourceId.values()];
}

/** score: fit for law-enforcement and admin backgrounds, and the exclusion check. */
export function scoreStep(leads: PipelineLead[], scorer: Scorer): (PipelineLead & ReturnType<Scorer>)[] {
  return leads.map((item) => ({ ...item, ...scorer(item.lead) }));
}

export interface UpsertResult {
  counts: Record<UpsertOutcome, number>;
  unchangedFromPages: number;
  changedIds: string[];
  expiredIds: string[];
}

/**
 * upsert: every lead of the source, the 304 pages' leads and the expiry sweep in one transaction, so
 * a crash mid-write leaves the store as it was before the batch.
 */
export function upsertStep(
  db: Store,
  source: { id: string; type: SourceType },
  scored: ReturnType<typeof scoreStep>,
  unchangedPages: FetchReport['unchangedPages'],
  now: string,
): UpsertResult {
  return db.transaction(() => {
    const counts: Record<UpsertOutcome, number> = { new: 0, updated: 0, unchanged: 0 };
    const changedIds: string[] = [];
    for (const item of scored) {
      const incoming: IncomingLead = {
        lead: item.lead,
        sourceId: source.id,
        sourceType: source.type,
        fit: item.fit,
        excluded: item.excluded,
      };
      const { id, outcome } = upsertLead(db, incoming, now);
      counts[outcome]++;
      if (outcome !== 'unchanged') changedIds.push(id);
    }
    let unchangedFromPages = 0;
    for (const page of unchangedPages) {
      unchangedFromPages += touchListedLeads(db, source.id, page.leadKeys, now).length;
    }
    const expiredIds = closeExpiredLeads(db, now);
    return { counts, unchangedFromPages, changedIds, expiredIds };
  })();
}
