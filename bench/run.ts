import { crawlBench } from './crawl-bench';
import { loadBench } from './load-bench';
import { pipelineBench } from './pipeline-bench';
import { resumeBench } from './resume-bench';
import { resumeImportBench } from './resume-import-bench';
import { searchBench } from './search-bench';
import { webBench } from './web-bench';

const BENCHES: Record<string, () => Promise<void>> = {
  pipeline: () => pipelineBench(),
  crawl: () => crawlBench(),
  resume: () => resumeBench(),
  'resume-import': () => resumeImportBench(),
  web: () => webBench(),
  // offramp serve under 50 connections (goals: 1,000 searches/s, p99 100 ms, health p99 20 ms).
  load: () => loadBench(),
  search: () => searchBench(Number(process.env.SEARCH_BENCH_LEADS ?? 100_000), { http: true, rounds: 5 }),
  // The same queries at a million leads (goal: p95 of 60 ms or less), with RSS.
  'search-1m': () => searchBench(1_000_000, { http: false, rounds: 1 }),
};

/**
 * `npm run bench`: every benchmark, each printed beside its baseline measured in the same run.
 * `npm run bench -- search crawl` runs only the named ones.
 */
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}.`);
  process.exit(2);
}
console.log('Offramp benchmarks (figures vary by machine; ratios compare runs on this one)');
for (const [name, run] of Object.entries(BENCHES))
  if (asked.length === 0 || asked.includes(name)) await run();
