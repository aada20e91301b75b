// A prepare thread of the crawl pipeline (prepare-pool.ts): normalises and scores batches of
// leads off the main thread. It loads the TypeScript through tsx, as the CLI runs, whatever
// started the parent process.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker-loop.ts');
