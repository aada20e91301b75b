import { randomBytes } from 'node:crypto';
import { DataCipher } from '../api/auth/data-cipher';
import { createApp } from '../api/create-app';
import { createLogger } from '../api/logger';
import { startServer } from '../api/start-server';
import { parseConfig } from '../core/config';
import { parseSearchParams } from '../core/search/search-params';
import { EmbeddedSearchEngine } from '../search/embedded/embedded-engine';
import { curateLead } from '../store/curation-repo';
import { migrate } from '../store/migrate';
import type { Store } from '../store/open-store';
import { openMemoryStore } from '../store/open-store';
import { fillStore } from '../tests/helpers/synthetic-leads';
import { fmt, line, percentile, timeIt } from './measure';

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
