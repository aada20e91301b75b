import type { IncomingMessage, ServerResponse } from 'node:http';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../core/config';
import type { Logger } from '../logger';
import { SlotTable } from '../slot-table';
import type { WorkerAnswer, WorkerAsk, WorkerStop } from './search-messages';

interface Pending {
  res: ServerResponse;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Requests sent and not yet answered, under the slot the thread's answer names. */
  pending: SlotTable<Pending>;
  /** Requests read this turn of the event loop, sent to the thread together at its end. */
  outbox: WorkerAsk[];
}

const WORKER_URL = new URL('./search-worker.mjs', import.meta.url);

/** How long a stopping thread may take to write out its log before it is terminated anyway. */
const STOP_WAIT_MS = 2_000;

/**
 * The default number of search threads: one per core beyond the first, at least one, at most four.
 * The main thread (HTTP parsing, every socket write, health, sign-ins) and V8's garbage-collection
 * helpers need a core of their own under load: on this 2-core machine one search thread gave more
 * searches a second and a shorter health tail than two (README, "How `offramp serve` answers
 * searches"). `SEARCH_WORKERS` overrides it.
 */
export function defaultSearchWorkers(cores: number): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/** The body a search gets when its thread died under it: the API's one error envelope. */
const RESTARTING = JSON.stringify({
  error: { code: 'unavailable', message: 'Search is restarting. Try again in a moment.' },
});

/**
 * Worker threads that answer searches for `offramp serve`. The main thread still parses HTTP and
 * owns the socket, but a search's work (validation, the cache, the engine, serialising and
 * compressing the answer) happens on a worker, so a health check or a sign-in waits for at most
 * one turn of a lightly loaded event loop rather than behind every queued search. Each request goes
 * to the ready thread with the fewest in flight. A thread that dies fails only its own requests
 * (503, the error envelope) and is replaced. Until a thread is ready, `forward` returns false and
 * the caller answers on the main thread as before.
 */
export class SearchWorkers {
  private readonly threads: Thread[] = [];
  private closing = false;
  /** Requests each thread has answered, for tests and the startup line. */
  readonly answered = new Map<number, number>();

  constructor(
    private readonly options: {
      size: number;
      config: Config;
      logger: Logger;
      /** A different worker script (tests use one that stalls or dies on purpose). */
      workerUrl?: URL;
      /** Where the threads write their log (default 2, stderr): a file descriptor of this process. */
      logFd?: number;
    },
  ) {
    for (let i = 0; i < options.size; i++) this.spawn(i);
  }

  /** Resolves once every thread has built its search snapshot (or failed to start). */
  ready(): Promise<void> {
    return Promise.all(
      this.threads.map(
        (t) =>
          new Promise<void>((resolve) => {
            if (t.ready) return resolve();
            const done = () => resolve();
            t.worker.once('message', done);
            t.worker.once('exit', done);
          }),
      ),
    ).then(() => undefined);
  }

  get readyCount(): number {
    return this.threads.filter((t) => t.ready).length;
  }

  /** Hands a search to a thread; false when none is ready, so the caller answers it itself. */
  forward(req: IncomingMessage, res: ServerResponse): boolean {
    let thread: Thread | undefined;
    for (const t of this.threads)
      if (t.ready && (!thread || t.pending.size < thread.pending.size)) thread = t;
    if (!thread) return false;
    const id = thread.pending.add({ res });
    // A GET carries no body; anything sent anyway is read and dropped, as the app would.
    req.resume();
    const ask: WorkerAsk = { id, method: req.method ?? 'GET', url: req.url ?? '/', headers: req.rawHeaders };
    // One message a turn, not one a request: the requests parsed from every socket read this turn
    // go in one array after the poll phase (setImmediate), so each costs one structured clone
    // entry rather than a message and its event dispatch on both threads.
    if (thread.outbox.push(ask) === 1) setImmediate(() => this.send(thread));
    return true;
  }

  private send(thread: Thread): void {
    const asks = thread.outbox;
    thread.outbox = [];
    thread.worker.postMessage(asks);
  }

  private answer(thread: Thread, message: WorkerAnswer): void {
    const pending = thread.pending.take(message.id);
    const threadId = thread.worker.threadId;
    this.answered.set(threadId, (this.answered.get(threadId) ?? 0) + 1);
    if (!pending || pending.res.destroyed) return;
    pending.res.writeHead(message.status, message.headers);
    pending.res.end(Buffer.from(message.body.buffer, message.body.byteOffset, message.body.byteLength));
  }

  private spawn(slot: number): void {
    const worker = new Worker(this.options.workerUrl ?? WORKER_URL, {
      workerData: { config: this.options.config, logFd: this.options.logFd },
    });
    const thread: Thread = { worker, ready: false, pending: new SlotTable(), outbox: [] };
    this.threads[slot] = thread;
    worker.on('message', (message: WorkerAnswer[] | { ready: true } | { stopped: true }) => {
      if (Array.isArray(message)) for (const answer of message) this.answer(thread, answer);
      else if ('ready' in message) thread.ready = true;
    });
    worker.on('error', (error) => this.options.logger.error({ err: error }, 'a search worker failed'));
    worker.on('exit', (code) => {
      for (const { res } of thread.pending)
        if (!res.headersSent && !res.destroyed)
          res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end(RESTARTING);
      thread.pending.clear();
      thread.ready = false;
      if (this.closing) return;
      this.options.logger.warn({ code }, 'a search worker stopped; starting another');
      // A second later, so a worker that cannot start does not spin the main thread.
      setTimeout(() => {
        if (!this.closing) this.spawn(slot);
      }, 1_000).unref();
    });
  }

  /**
   * Stops every thread once it has written out its buffered log (each thread's log is asynchronous
   * and buffered, and terminating a thread drops what it holds), or after STOP_WAIT_MS at most.
   */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.threads.map(async ({ worker }) => {
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(done, STOP_WAIT_MS);
          worker.on('message', (message: { stopped?: true }) => {
            if (message.stopped) done();
          });
          worker.once('exit', done);
          const stop: WorkerStop = { stop: true };
          worker.postMessage(stop);
        });
        await worker.terminate();
      }),
    );
  }
}
