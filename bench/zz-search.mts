import { parseSearchParams } from '../core/search/search-params';
import { EmbeddedSearchEngine } from '../search/embedded/embedded-engine';
import { migrate } from '../store/migrate';
import { openMemoryStore } from '../store/open-store';
import { BENCH_QUERIES, fillStore } from './search-bench';

const n = Number(process.argv[2] ?? 100000);
const db = openMemoryStore();
migrate(db);
console.log('fill', Math.round(fillStore(db, n)));
const engine = new EmbeddedSearchEngine(db, () => new Date(Date.UTC(2026, 10, 20)));
const queries = BENCH_QUERIES.map((p) => parseSearchParams(p));
for (const q of queries) await engine.search(q);
const all: number[] = [];
for (const [k, q] of queries.entries()) {
  const t: number[] = [];
  let total = 0;
  for (let r = 0; r < 7; r++) {
    const s = performance.now();
    total = (await engine.search(q)).total;
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  all.push(...t);
  console.log(
    JSON.stringify(BENCH_QUERIES[k]).padEnd(60),
    'median',
    t[3]?.toFixed(1),
    'max',
    t[6]?.toFixed(1),
    'total',
    total,
  );
}
all.sort((a, b) => a - b);
console.log(
  'p50',
  all[Math.floor(all.length * 0.5)]?.toFixed(1),
  'p95',
  all[Math.floor(all.length * 0.95)]?.toFixed(1),
);
