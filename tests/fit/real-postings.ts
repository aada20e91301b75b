import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { BackgroundId } from '../../core/fit/backgrounds';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import { extractJobPostings } from '../../crawler/sources/json-ld';
import { SHARED_DATA_DIR } from '../helpers/shared-data';
import type { EvaluatedPosting } from './fit-metrics';

/** Real postings labelled by others, kept beside the checkout (see ../shared/data/real-postings/INDEX.md). */
export const REAL_POSTINGS_DIR = `${SHARED_DATA_DIR}/real-postings`;

const postingSchema = z.object({
  id: z.string(),
  label: z.enum(['strong', 'some', 'none']),
  excluded: z.boolean(),
  title: z.string(),
  company: z.string(),
  location: z.string(),
  employmentType: z.string().nullish(),
  description: z.string(),
  descriptionHtml: z.string().nullish(),
});
const labelSchema = z.object({ id: z.string(), backgrounds: z.array(z.string()) });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain-text postings as a career site would publish them: one paragraph per line. */
const asHtml = (text: string) =>
  text
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('');

/**
 * The real postings as a career site would serve them (one page of schema.org JobPosting JSON-LD),
 * read back through the crawler's own JSON-LD extractor and normaliser, so the scorer sees what it
 * sees in production.
 */
export function loadRealPostings(): EvaluatedPosting[] {
  const postings = z
    .array(postingSchema)
    .parse(JSON.parse(readFileSync(`${REAL_POSTINGS_DIR}/postings.json`, 'utf8')));
  const labels = new Map(
    z
      .array(labelSchema)
      .parse(JSON.parse(readFileSync(`${REAL_POSTINGS_DIR}/labels.json`, 'utf8')))
      .map((l) => [l.id, l.backgrounds as BackgroundId[]]),
  );
  const page = `<html><head>${postings
    .map(
      (p) =>
        `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'JobPosting',
          identifier: p.id,
          title: p.title,
          hiringOrganization: { '@type': 'Organization', name: p.company },
          jobLocation: p.location ? { '@type': 'Place', address: p.location } : undefined,
          description: p.descriptionHtml ?? asHtml(p.description),
          url: `https://careers.example.test/jobs/${p.id}`,
        }).replace(/</g, '\\u003c')}</script>`,
    )
    .join('')}</head><body></body></html>`;
  const leads = new Map(
    extractJobPostings(page, 'https://careers.example.test/jobs').map((raw) => {
      const lead = normaliseLead(rawLeadSchema.parse(raw));
      return [lead.sourceLeadId, lead];
    }),
  );
  return postings.map((p) => {
    const lead = leads.get(p.id);
    if (!lead) throw new Error(`${p.id} did not come back from the career page`);
    return {
      id: p.id,
      title: lead.title,
      company: lead.company,
      description: lead.description,
      level: p.label,
      excluded: p.excluded,
      backgrounds: labels.get(p.id) ?? [],
    };
  });
}
