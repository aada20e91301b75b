import { crawlBench } from './crawl-bench';
import { pipelineBench } from './pipeline-bench';

/** `npm run bench`: every benchmark, each printed beside its baseline measured in the same run. */
console.log('Offramp benchmarks (figures vary by machine; ratios compare runs on this one)');
await pipelineBench();
await crawlBench();
