/**
 * Each benchmark's module is loaded only when it runs: loading them all up front (the resume
 * translator, the grammar checker, the load client) put tens of megabytes of unrelated objects on
 * the heap, and every major collection during the pipeline benchmark marked them again, taking
 * about a fifth of its rate away from a pipeline that, in `offramp crawl`, never loads them.
 */
const BENCHES: Record<string, () => Promise<void>> = {
  pipeline: async () => (await import('./pipeline-bench')).pipelineBench(),
  crawl: async () => (await import('./crawl-bench')).crawlBench(),
  resume: async () => (await import('./resume-bench')).resumeBench(),
  'resume-import': async () => (await import('./resume-import-bench')).resumeImportBench(),
  web: async () => (await import('./web-bench')).webBench(),
  // offramp serve under 50 connections (goals: 1,000 searches/s, p99 100 ms, health p99 20 ms).
  load: async () => (await import('./load-bench')).loadBench(),
  search: async () =>
    (await import('./search-bench')).searchBench(Number(process.env.SEARCH_BENCH_LEADS ?? 100_000), {
      http: true,
      rounds: 5,
    }),
  // The same queries at a million leads (goal: p95 of 60 ms or less), with RSS.
  'search-1m': async () =>
    (await import('./search-bench')).searchBench(1_000_000, { http: false, rounds: 1 }),
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

export {};
