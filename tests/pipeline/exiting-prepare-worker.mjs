// A prepare thread that dies on its first batch, as one would on running out of memory.
import { parentPort } from 'node:worker_threads';

parentPort?.postMessage({ ready: true });
parentPort?.on('message', () => process.exit(7));
