import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GrammarChecker } from '../../core/resume/grammar/harper-checker';

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  started: boolean;
  pending: Map<number, Pending>;
}

const WORKER_URL = new URL('./grammar-worker.mjs', import.meta.url);

/** Results kept per text, as the in-process checker does, so a page re-checking a draft is cheap. */
const CACHE_LIMIT = 5000;

/**
 * Harper's grammar check on a small pool of worker threads, each with its own warm Linter. Harper
 * is WebAssembly and runs synchronously: on the event loop, one resume's check (a few hundred
 * windows of text for a long resume) blocks every other request, and it can use one core only.
 * Here a batch of texts is split across the threads by length, so one request's check uses both
 * cores and the event loop stays free (for the DOCX render, or other requests) while it runs.
 * The verdicts are Harper's own, text by text, so they are the same as the in-process checker's.
 * Threads are `unref`'d while idle, so they never keep a process alive; a thread that dies fails
 * only the calls it held and is replaced on the next call.
 */
export class GrammarPool implements GrammarChecker {
  private readonly threads: (Thread | undefined)[] = [];
  private readonly counted = new Map<string, number>();
  private readonly found = new Map<string, string[]>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly size = Math.max(1, Math.min(2, availableParallelism()))) {}

  /**
   * Starts every thread and waits until each has set up and warmed its Linter (a few seconds,
   * once). A pool closed before or while it warms resolves without starting anything more: the
   * threads it ended were not a failure.
   */
  async warm(): Promise<void> {
    if (this.closed) return;
    try {
      await Promise.all(Array.from({ length: this.size }, (_, i) => this.thread(i).ready));
    } catch (error) {
      if (!this.closed) throw error;
    }
  }

  async problems(text: string): Promise<string[]> {
    const hit = this.found.get(text);
    if (hit) return hit;
    const result = await this.call<string[]>(this.idlest(), 'problems', [text]);
    if (this.found.size > CACHE_LIMIT) this.found.clear();
    this.found.set(text, result);
    return result;
  }

  async counts(texts: string[]): Promise<number[]> {
    const misses = [...new Set(texts.filter((t) => !this.counted.has(t)))];
    if (misses.length > 0) {
      const groups = this.split(misses);
      const answers = await Promise.all(
        groups.map((group, i) => (group.length > 0 ? this.call<number[]>(i, 'counts', group) : [])),
      );
      if (this.counted.size > CACHE_LIMIT) this.counted.clear();
      for (const [i, group] of groups.entries())
        for (const [k, t] of group.entries()) this.counted.set(t, answers[i]?.[k] ?? 0);
    }
    return texts.map((t) => this.counted.get(t) ?? 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = this.threads.splice(0).filter((t): t is Thread => t !== undefined);
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  /** Longest texts first, each to the thread with the fewest characters so far. */
  private split(texts: string[]): string[][] {
    const groups: string[][] = Array.from({ length: this.size }, () => []);
    const load = groups.map(() => 0);
    for (const t of [...texts].sort((a, b) => b.length - a.length)) {
      const i = load.indexOf(Math.min(...load));
      groups[i]?.push(t);
      load[i] = (load[i] ?? 0) + t.length;
    }
    return groups;
  }

  private idlest(): number {
    let best = 0;
    for (let i = 1; i < this.size; i++)
      if ((this.threads[i]?.pending.size ?? 0) < (this.threads[best]?.pending.size ?? 0)) best = i;
    return best;
  }

  private async call<T>(index: number, op: 'counts' | 'problems', texts: string[]): Promise<T> {
    const thread = this.thread(index);
    // Posted at once when the thread is up, so the work starts before the caller's next
    // synchronous step (a DOCX render started beside the check) rather than after it.
    if (!thread.started) await thread.ready;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      thread.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      thread.worker.ref();
      thread.worker.postMessage({ id, op, texts });
    });
  }

  private thread(index: number): Thread {
    const existing = this.threads[index];
    if (existing) return existing;
    // Held while it sets up its Linter and let go once ready and idle; never unref'd before the
    // 'message' listener, which refs the port again (see crawler/pipeline/prepare-pool.ts).
    const worker = new Worker(WORKER_URL);
    const pending = new Map<number, Pending>();
    let started: () => void = () => {};
    let failed: (error: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    const thread: Thread = { worker, ready, started: false, pending };
    worker.on('message', (message: { ready?: boolean; id?: number; result?: never; error?: string }) => {
      if (message.ready) {
        thread.started = true;
        if (pending.size === 0) worker.unref();
        return started();
      }
      const job = message.id === undefined ? undefined : pending.get(message.id);
      if (!job || message.id === undefined) return;
      pending.delete(message.id);
      if (pending.size === 0) worker.unref();
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.result as never);
    });
    const fail = (error: Error) => {
      if (this.threads[index] === thread) this.threads[index] = undefined;
      failed(error);
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the grammar-check thread stopped (exit code ${code})`)));
    // A rejected set-up is reported to the call that waits on it, never as an unhandled rejection.
    ready.catch(() => {});
    this.threads[index] = thread;
    return thread;
  }
}
