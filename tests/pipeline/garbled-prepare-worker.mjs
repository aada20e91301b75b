// A prepare thread that answers with leads missing what the store needs (a bug in a thread).
import { parentPort } from 'node:worker_threads';

parentPort?.postMessage({ ready: true });
parentPort?.on('message', ({ id }) =>
  parentPort?.postMessage({
    id,
    leads: [{ fitScore: null, page: { text: '{"title":"No id"}' }, at: 0, sizes: [17, 0, -1, -1, 0, 0] }],
    problems: [],
  }),
);
