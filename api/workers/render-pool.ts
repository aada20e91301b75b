import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExportFormat, ExportRequest } from '../../templates/export-formats';

interface Job {
  id: number;
  format: ExportFormat;
  request: ExportRequest;
  resolve: (body: Uint8Array | string) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

const WORKER_URL = new URL('./render-worker.mjs', import.meta.url);

/**
 * A small pool of worker threads for DOCX and PDF exports. Rendering a long resume takes hundreds
 * of milliseconds of CPU; on the event loop that delays every other request (health checks
 * included), so it runs here instead, at most one job per thread and the rest queued. Threads
 * start on first use, are `unref`'d so they never keep a process alive, and a thread that dies
 * fails only its own job and is replaced.
 */
export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Ids of the threads that have rendered something, for the health of the pool and its tests. */
  readonly threadsUsed = new Set<number>();

  constructor(private readonly size = Math.max(1, Math.min(2, availableParallelism() - 1))) {}

  render(format: ExportFormat, request: ExportRequest): Promise<Uint8Array | string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, format, request, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, format: job.format, request: job.request });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, job: null };
    worker.on(
      'message',
      (message: { id?: number; body?: Uint8Array | string; error?: string; threadId?: number }) => {
        const job = slot.job;
        if (!job || message.id !== job.id) return;
        slot.job = null;
        worker.unref();
        if (message.threadId !== undefined) this.threadsUsed.add(message.threadId);
        if (message.error !== undefined) job.reject(new Error(message.error));
        else job.resolve(message.body as Uint8Array | string);
        this.pump();
      },
    );
    const fail = (error: Error) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.job?.reject(error);
      slot.job = null;
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`the render thread stopped (exit code ${code})`));
    });
    // After the 'message' listener, which refs the worker's port again (see prepare-pool.ts).
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
