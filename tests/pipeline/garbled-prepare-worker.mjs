// A prepare thread that answers with leads missing what the store needs (a bug in a thread).
import { parentPort } from 'node:worker_threads';

parentPort?.postMessage({ ready: true });
parentPort?.on('message', ({ id }) =>
  parentPort?.postMessage({
    id,
    scored: [{ lead: { title: 'No id' }, fit: null, excluded: null }],
    problems: [],
  }),
);
