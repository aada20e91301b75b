import { randomUUID } from 'node:crypto';
import { backgroundIds } from '../../core/fit/backgrounds';
import { trackIds } from '../../core/fit/tracks';
import type { Store } from '../../store/open-store';
import { inTextIndexBatch } from '../../store/text-index-batch';

// Synthetic leads for search tests and benchmarks: both import them from here, so neither depends on
// the other.
/**
 * Words for synthetic postings. Real job text draws on tens of thousands of words, so besides the
 * job words each posting gets filler from a generated vocabulary of 3,000 terms: a search word
 * matches a few percent of postings, as in real listings, not a third of them.
 */
const FILLER = Array.from({ length: 3000 }, (_, i) => {
  const a = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu'];
  return `${a[i % 15]}${a[Math.floor(i / 15) % 15]}${a[Math.floor(i / 225) % 15]}r`;
});
const WORDS = [
  'fraud',
  'investigator',
  'analyst',
  'security',
  'compliance',
  'records',
  'manager',
  'specialist',
  'emergency',
  'coordinator',
  'trade',
  'logistics',
  'paralegal',
  'interpreter',
  'software',
  'engineer',
  'nurse',
  'sales',
  'data',
  'program',
];
const COMPANIES = Array.from({ length: 500 }, (_, i) => `Employer ${i}`);
const PLACES: [string, string, string][] = [
  ['Phoenix', 'AZ', 'US'],
  ['El Paso', 'TX', 'US'],
  ['Miami', 'FL', 'US'],
  ['Denver', 'CO', 'US'],
  ['Seattle', 'WA', 'US'],
  ['Berlin', 'BE', 'DE'],
];

/**
 * Inserts synthetic leads straight into the store, batch by batch as a crawl's upsert writes its
 * pages (the text index written once per batch, store/text-index-batch.ts); returns leads/s.
 */
export function fillStore(db: Store, count: number): number {
  const insert =
    db.prepare(`INSERT INTO leads (id, source_id, source_type, source_lead_id, title, company, location, city, region, country, places,
    remote, employment_type, salary, salary_annual_min, salary_annual_max, url, canonical_url, posted_at, description_html, description,
    fingerprint, content_hash, status, fit, fit_score, tracks, first_seen, last_seen, updated_at)
    VALUES (?, 'bench', 'greenhouse', ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, NULL, ?, ?, ?, ?, ?, '', ?, ?, '', 'open', ?, ?, ?, ?, ?, ?)`);
  const now = Date.UTC(2026, 10, 20);
  const start = performance.now();
  const batch = 10_000;
  for (let from = 0; from < count; from += batch) {
    inTextIndexBatch(db, () => {
      for (let i = from; i < Math.min(count, from + batch); i++) {
        const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length];
        const f = (k: number) => FILLER[(i * 31 + k * 997) % FILLER.length];
        const [city, region, country] = PLACES[i % PLACES.length] as [string, string, string];
        const track = trackIds[i % trackIds.length] as string;
        const score = ((i * 37) % 100) / 100;
        const fit = JSON.stringify({
          score,
          byBackground: Object.fromEntries(backgroundIds.map((b, k) => [b, ((i + k * 11) % 100) / 100])),
          tracks: [track],
          occupations: [],
          reasons: ['Synthetic'],
          enforcementRole: i % 50 === 0,
        });
        const posted = new Date(now - (i % 60) * 86_400_000).toISOString();
        const salary = 40_000 + (i % 80) * 1000;
        insert.run(
          randomUUID(),
          `s${i}`,
          (i % 4 === 0 ? `${w(0)} ${w(1)}` : `${f(7)} ${w(1)}`).replace(/^./, (c) => c.toUpperCase()),
          COMPANIES[i % COMPANIES.length],
          `${city}, ${region}`,
          city,
          region,
          country,
          ['remote', 'hybrid', 'onsite'][i % 3],
          ['full_time', 'part_time', 'contract'][i % 3],
          salary,
          salary + 20_000,
          `https://x.test/${i}`,
          `https://x.test/${i}`,
          posted,
          `We need a ${f(1)} ${f(2)} to ${f(3)} and ${f(4)}. ${i % 7 === 0 ? `Experience with ${w(6)} preferred.` : `Knowledge of ${f(5)} ${f(6)}.`}`,
          `f${i}`,
          fit,
          score,
          JSON.stringify([track]),
          posted,
          posted,
          posted,
        );
      }
    });
  }
  return count / ((performance.now() - start) / 1000);
}
