// A worker thread that answers searches for `offramp serve`, so that a burst of them never holds up
// the main thread (health checks, sign-ins, intake, the scheduler). It loads the TypeScript app
// through tsx, the same way the CLI runs, whatever started the parent.
import { register } from 'tsx/esm/api';

register();
await import('./search-worker-app.ts');
