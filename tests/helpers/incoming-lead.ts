import type { RawLeadInput } from '../../core/lead/raw-lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import type { IncomingLead } from '../../store/lead-upsert';

/** A Greenhouse posting from `sourceId`, unscored: a fraud investigator in Phoenix unless `over` says otherwise. */
export function incomingLead(sourceId: string, over: Partial<RawLeadInput>): IncomingLead {
  const raw = rawLeadSchema.parse({
    sourceLeadId: '1',
    title: 'Fraud Investigator',
    company: 'Acme Mutual',
    locations: [{ text: 'Phoenix, AZ' }],
    url: 'https://jobs.acme.example/1',
    ...over,
  });
  return { lead: normaliseLead(raw), sourceId, sourceType: 'greenhouse', fit: null, excluded: null };
}
