import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../core/config';
import { searchQuerySchema } from '../../core/search/search-query';
import { createSearchEngine } from '../../search/create-search-engine';
import { openStore } from '../../store/open-store';
import { dataCipher } from '../auth/data-key';
import { createApp } from '../create-app';
import { bufferedDestination, createLogger, flushLog } from '../logger';
import type { WorkerAnswer, WorkerAsk, WorkerStop } from './search-messages';

/**
 * The app a search worker runs: the same `createApp` as the main thread, on its own connection to
 * the store (WAL lets it read while the main thread writes) and its own search snapshot, which
 * follows the store's change log like any other process's. It is only ever handed read-only,
 * anonymous requests (see `takesSearch`), so no per-client state lives here.
 */
const { config, logFd } = workerData as { config: Config; logFd?: number };
const port = parentPort;
if (!port) throw new Error('search-worker-app runs only as a worker thread');

// Searches yield the CPU to the main thread, which answers health checks, sign-ins and every
// connection's bytes: on Linux, setpriority(2) with pid 0 applies to the calling thread only (see its
// NOTES), so this lowers this worker's priority and nothing else's. Where that is refused, it runs at
// the process's priority as before.
try {
  setPriority(5);
} catch {
  // Not permitted here (some containers); nothing depends on it.
}

// Straight to the log's file descriptor from this thread (process.stderr here would relay every
// line through the main one), buffered: one write for many requests' lines, flushed before stopping.
const logger = createLogger(config.LOG_LEVEL, bufferedDestination(logFd ?? 2));
const db = openStore(config.OFFRAMP_DATA_DIR);
const search = createSearchEngine(config, db);
const app = createApp({ config, db, search, logger, cipher: dataCipher(config, logger) });

/**
 * Whether the answer states its body's length. The main thread writes the head, then the whole body
 * in one call: without Content-Length, Node frames that one body as chunked (a chunk-size line and
 * the final empty chunk, written and allocated for every search), when its length is already known.
 * HEAD, 204 and 304 answers carry no body, and their Content-Length, where one is allowed, would
 * have to be that of the full answer (RFC 9110 section 8.6), so they are left as the app made them.
 */
function framedByLength(method: string, status: number): boolean {
  return method !== 'HEAD' && status !== 204 && status !== 304;
}

/** Answers one request with the app, as `getRequestListener` would on the main thread. */
async function answer(ask: WorkerAsk): Promise<WorkerAnswer> {
  const headers = new Headers();
  for (let i = 0; i + 1 < ask.headers.length; i += 2)
    headers.append(ask.headers[i] as string, ask.headers[i + 1] as string);
  try {
    const response = await app.fetch(
      new Request(`http://${headers.get('host') ?? 'localhost'}${ask.url}`, { method: ask.method, headers }),
    );
    const flat: string[] = [];
    for (const [name, value] of response.headers) if (name !== 'set-cookie') flat.push(name, value);
    for (const cookie of response.headers.getSetCookie()) flat.push('set-cookie', cookie);
    const body = new Uint8Array(await response.arrayBuffer());
    if (framedByLength(ask.method, response.status) && !response.headers.has('content-length'))
      flat.push('content-length', String(body.byteLength));
    return { id: ask.id, status: response.status, headers: flat, body };
  } catch (error) {
    logger.error({ err: error }, 'search worker failed a request');
    return { id: ask.id, status: 500, headers: [], body: new Uint8Array() };
  }
}

// Answers finished this turn go back together (as the main thread sends its requests), their
// bodies transferred rather than copied.
let outbox: WorkerAnswer[] = [];
const send = () => {
  const answers = outbox;
  outbox = [];
  port.postMessage(
    answers,
    answers.map((a) => a.body.buffer as ArrayBuffer),
  );
};

port.on('message', async (message: WorkerAsk[] | WorkerStop) => {
  if (!Array.isArray(message)) {
    // Every line logged so far is written before the thread is terminated.
    await flushLog(logger);
    port.postMessage({ stopped: true });
    return;
  }
  for (const ask of message)
    void answer(ask).then((done) => {
      if (outbox.push(done) === 1) setImmediate(send);
    });
});

// Builds the search snapshot before taking traffic, so the first searches are not the slow ones.
await search.search(searchQuerySchema.parse({}));
port.postMessage({ ready: true });
