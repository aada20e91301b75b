import { crawlBench } from './crawl-bench';
import { pipelineBench } from './pipeline-bench';
import { resumeBench } from './resume-bench';
import { searchBench } from './search-bench';
import { webBench } from './web-bench';

/** `npm run bench`: every benchmark, each printed beside its baseline measured in the same run. */
console.log('Offramp benchmarks (figures vary by machine; ratios compare runs on this one)');
await pipelineBench();
await crawlBench();
await resumeBench();
await webBench();
await searchBench(100_000, { http: true, rounds: 5 });
// The next goal: the same queries at a million leads (p95 of 60 ms or less).
await searchBench(1_000_000, { http: false, rounds: 1 });
