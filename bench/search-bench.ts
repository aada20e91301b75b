import { randomBytes, randomUUID } from 'node:crypto';
import { DataCipher } from '../api/auth/data-cipher';
import { createApp } from '../api/create-app';
import { createLogger } from '../api/logger';
import { startServer } from '../api/start-server';
import { parseConfig } from '../core/config';
import { backgroundIds } from '../core/fit/backgrounds';
import { trackIds } from '../core/fit/tracks';
import { parseSearchParams } from '../core/search/search-params';
import { EmbeddedSearchEngine } from '../search/embedded/embedded-engine';
import { curateLead } from '../store/curation-repo';
import { migrate } from '../store/migrate';
import type { Store } from '../store/open-store';
import { openMemoryStore } from '../store/open-store';
import { fmt, line, percentile, timeIt } from './measure';

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

/** The 20 representative queries: typed words, prefixes, typos, filters and sorts, all with facets. */
export const BENCH_QUERIES: Record<string, string>[] = [
  { q: 'fraud investigator' },
  { q: 'fraud inv' },
  { q: 'frawd' },
  { q: 'security manager', remote: 'remote' },
  { q: 'compliance', minSalary: '70000' },
  { q: 'records', region: 'AZ' },
  { q: 'analyst', sort: 'newest' },
  { q: 'emergency coordinator', postedWithin: '14' },
  { q: 'interpreter' },
  { q: 'trade logistics', type: 'full_time' },
  { q: '' },
  { q: '', track: 'investigations' },
  { q: '', minFit: '0.6', background: 'criminal-investigator' },
  { q: '', remote: 'remote,hybrid', sort: 'salary' },
  { q: 'specialist', page: '3' },
  { q: 'leo' },
  { q: 'paralegal', country: 'US' },
  { q: 'data', sort: 'fit' },
  { q: 'investigatr' },
  { q: 'sec' },
];

/** Inserts synthetic leads straight into the store (the FTS triggers index them); returns leads/s. */
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
    db.transaction(() => {
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
    })();
  }
  return count / ((performance.now() - start) / 1000);
}

/** The naive baseline: LIKE over title and description with the same filters, no index. */
function likeQuery(db: Store, params: Record<string, string>): void {
  const words = (params.q ?? '').split(/\s+/).filter(Boolean);
  const where = [
    "status = 'open'",
    'excluded IS NULL',
    ...words.map(() => '(title LIKE ? OR description LIKE ? OR company LIKE ?)'),
  ];
  const args = words.flatMap((w) => [`%${w}%`, `%${w}%`, `%${w}%`]);
  db.prepare(`SELECT count(*) FROM leads WHERE ${where.join(' AND ')}`).get(...args);
  db.prepare(`SELECT id, title FROM leads WHERE ${where.join(' AND ')} ORDER BY fit_score DESC LIMIT 20`).all(
    ...args,
  );
  for (const col of ['remote', 'employment_type', 'source_type', 'company', 'country', 'region']) {
    db.prepare(`SELECT ${col}, count(*) FROM leads WHERE ${where.join(' AND ')} GROUP BY ${col}`).all(
      ...args,
    );
  }
}

export async function searchBench(count: number, options: { http: boolean; rounds: number }): Promise<void> {
  console.log(
    `\nSearch: ${fmt(count)} synthetic leads, ${BENCH_QUERIES.length} queries with facets, ${options.rounds} rounds`,
  );
  const db = openMemoryStore();
  migrate(db);
  const rate = fillStore(db, count);
  line('indexing (store + FTS5 in one transaction)', `${fmt(rate)} leads/s`);
  const engine = new EmbeddedSearchEngine(db, () => new Date(Date.UTC(2026, 10, 20)));
  const queries = BENCH_QUERIES.map((p) => parseSearchParams(p));
  for (const q of queries) await engine.search(q);

  const inProcess: number[] = [];
  for (let r = 0; r < options.rounds; r++)
    for (const q of queries) inProcess.push((await timeIt(() => engine.search(q))).ms);
  line(
    'embedded, in process: p50 / p95',
    `${fmt(percentile(inProcess, 50), 1)} ms / ${fmt(percentile(inProcess, 95), 1)} ms`,
  );
  // After any change to the leads, the next search rebuilds the engine's in-memory index.
  const afterChange: number[] = [];
  for (let r = 0; r < 3; r++) {
    db.prepare("UPDATE leads SET title = title || ' ' WHERE rowid = ?").run(r + 1);
    afterChange.push((await timeIt(() => engine.search(queries[0] as (typeof queries)[number]))).ms);
  }
  const afterPin: number[] = [];
  for (let r = 0; r < 3; r++) {
    const lead = db.prepare('SELECT id FROM leads WHERE rowid = ?').get(r + 10) as { id: string };
    curateLead(db, lead.id, { pinned: true }, 'bench');
    afterPin.push((await timeIt(() => engine.search(queries[0] as (typeof queries)[number]))).ms);
  }
  line('first search after a pin (curation refresh)', `${fmt(percentile(afterPin, 50), 1)} ms (median of 3)`);
  line(
    'first search after a change (index rebuild)',
    `${fmt(percentile(afterChange, 50))} ms (median of 3; ${fmt(percentile(afterChange, 50) / percentile(inProcess, 50))}x a p50 search)`,
  );

  if (options.http) {
    const app = createApp({
      config: parseConfig({}),
      db,
      search: engine,
      logger: createLogger('silent'),
      cipher: new DataCipher(randomBytes(32)),
    });
    const server = await startServer(app, '127.0.0.1', 0);
    try {
      const overHttp: number[] = [];
      for (let r = 0; r < options.rounds; r++) {
        for (const p of BENCH_QUERIES) {
          const url = `http://127.0.0.1:${server.port}/api/leads?${new URLSearchParams(p)}`;
          overHttp.push((await timeIt(async () => (await fetch(url)).json())).ms);
        }
      }
      line(
        'embedded, over HTTP: p50 / p95',
        `${fmt(percentile(overHttp, 50), 1)} ms / ${fmt(percentile(overHttp, 95), 1)} ms`,
      );
    } finally {
      await server.close();
    }
  }

  const baseline: number[] = [];
  for (const p of BENCH_QUERIES) baseline.push((await timeIt(() => likeQuery(db, p))).ms);
  line(
    'baseline: LIKE scan with facets: p50 / p95',
    `${fmt(percentile(baseline, 50), 1)} ms / ${fmt(percentile(baseline, 95), 1)} ms`,
  );
  line('baseline p95 / embedded p95', `${fmt(percentile(baseline, 95) / percentile(inProcess, 95), 1)}x`);
  db.close();
}
