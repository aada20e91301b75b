import { availableParallelism } from 'node:os';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { RawLead } from '../../core/lead/raw-lead';
import type { PackedLead } from '../../store/packed-lead';
import { rulesScorer } from './lead-scorer';
import type { PrepareRequest, RulesVersion } from './prepare-messages';
import { prepareFailureSchema, replyProblem } from './prepare-messages';
import type { Prepared, Scorer } from './steps';
import { lastOfEach, prepareStep } from './steps';
import { warmUpBatches } from './warm-up-postings';

/**
 * A prepare thread failed (it stopped, or could not read a batch): the page's leads were not
 * written. A plain crawl error, so Crawlee retries the page like any other failed request, and
 * a page that still fails makes the source's run partial, which never closes leads.
 */
export class PrepareThreadError extends Error {
  override readonly name: string = 'PrepareThreadError';
}

interface Job {
  request: PrepareRequest;
  rules: RulesVersion;
  resolve: (prepared: Prepared) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Batches sent to this thread and not yet answered, oldest first (a thread answers in order). */
  jobs: Job[];
  /** The rules version this thread has been sent. */
  stamp: string | null;
  /** Settles when the thread has loaded its code (or has failed to). */
  ready: Promise<void>;
}

const WORKER_URL = new URL('./prepare-worker.mjs', import.meta.url);
/** Leads per message: big enough that messaging costs little, small enough to share a page between threads. */
const CHUNK = 250;
/**
 * Batches a thread holds at once. More than one, so a thread that finishes a batch starts the next
 * at once instead of waiting for the main thread, busy writing a page for tens of milliseconds, to
 * read its answer and send it more work: that wait once left the thread idle for most of a crawl,
 * and the threaded pipeline slower than one thread.
 */
const DEPTH = 3;
/**
 * A thread's young generation, in MB: V8 makes it three semi-spaces, so 64 MB each against the
 * default 16. Nearly everything a batch allocates dies with the batch, so fewer, larger scavenges
 * copy the same few survivors less often (https://v8.dev/blog/trash-talk). Measured in the pipeline
 * benchmark, ABBA on this 2-core host: V8's helper threads spent 51-64 µs a lead against 66-76, and
 * the pipeline ran 6,687 and 7,279 leads/s against 5,698 and 6,530. It grows only as a batch needs.
 */
const YOUNG_MB = 192;
/** Sample postings a thread prepares as it starts: enough for V8 to optimise the prepare code. */
const WARM_UP = 2_000;

export interface PreparePoolOptions {
  /**
   * Threads; by default one per core beside the main thread's, which writes to SQLite meanwhile
   * (measured on 2 cores: a second thread only took CPU from the writer, which sets the pace).
   */
  size?: number;
  /** The thread's script (tests start a broken one). */
  workerUrl?: URL;
  /**
   * Sample postings each thread prepares as it starts (warm-up-postings.ts), default 2,000: the
   * first pages then run on optimised code. 0 skips it.
   */
  warmUp?: number;
  /**
   * Whether this thread prepares a queued batch itself when it has nothing else to do (default
   * true): with one prepare thread on 2 cores, the thread sets the pace and this one, the writer,
   * is otherwise idle a quarter to a third of a crawl. Each thread's V8 optimises its own copy of
   * the code, so a helping thread warms up too (`warm`); helping without that cost more CPU than it
   * saved in a 20,000-lead run. Measured in the pipeline benchmark on a busy host, three runs each:
   * 5,214–6,500 leads/s helping after its warm-up, 4,686–5,380 not helping.
   */
  help?: boolean;
}

/**
 * The crawl pipeline's prepare threads: normalise → score → pack (steps.ts prepareStep) for
 * batches of raw leads, off the main thread, so the main thread writes one page while the next is
 * scored. A page is cut into chunks shared between idle threads and put back together in order.
 * Threads start on first use and are `unref`'d while idle, so they never keep a process alive; a
 * thread that dies fails only its own batch and is replaced on the next one.
 */
export class PreparePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  readonly size: number;
  private readonly workerUrl: URL;
  private readonly helps: boolean;
  private readonly warmUp: number;
  private helpPending = false;
  /** The scorer this thread prepares with when it helps, built once per rules version. */
  private own: { stamp: string; scorer: Scorer } | null = null;
  /** Batches this thread prepared itself (the pipeline benchmark prints it). */
  helped = 0;

  constructor(options: PreparePoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism() - 1);
    this.workerUrl = options.workerUrl ?? WORKER_URL;
    this.helps = options.help ?? true;
    this.warmUp = options.warmUp ?? WARM_UP;
  }

  /**
   * Starts every thread and waits until each has loaded the scorer and warmed up, and this thread
   * too when it helps (a crawl calls it as it starts, while it fetches its first pages).
   */
  async warm(): Promise<void> {
    while (this.slots.length < this.size) this.spawn();
    this.warmedHere ??= this.helps && this.warmUp > 0 ? this.warmHere() : Promise.resolve();
    await Promise.all([...this.slots.map((s) => s.ready), this.warmedHere]);
  }

  /** This thread's own warm-up, started once by the first `warm()`. */
  private warmedHere: Promise<void> | undefined;

  /**
   * This thread warms its own copy of the prepare code when it helps (each thread's V8 optimises
   * its own), on half as many sample postings as a thread, in slices of 50 with a turn of the event
   * loop between them, so a server warming its crawl's pool keeps answering meanwhile.
   */
  private async warmHere(): Promise<void> {
    try {
      for (const batch of warmUpBatches(Math.ceil(this.warmUp / 2), 50)) {
        batch();
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch {
      // Only speed is lost, as in a thread (prepare-worker-loop.ts).
    }
  }

  /** Normalises, dedupes and scores one page's raw leads by the given rules. */
  async prepare(raws: { raw: RawLead }[], rules: RulesVersion): Promise<Prepared> {
    const chunks: { raw: RawLead }[][] = [];
    for (let at = 0; at < raws.length; at += CHUNK) chunks.push(raws.slice(at, at + CHUNK));
    const parts = await Promise.all(chunks.map((chunk) => this.run(chunk, rules)));
    const leads = parts.flatMap((p) => p.leads);
    return {
      // Each chunk is deduped on its own; deduping the joined list again keeps the last of each
      // source id at the place of its first, exactly as one pass over the whole page would.
      leads: parts.length > 1 ? lastOfEach(leads, (lead) => lead.sourceLeadId) : leads,
      problems: parts.flatMap((p) => p.problems),
    };
  }

  private run(raws: { raw: RawLead }[], rules: RulesVersion): Promise<Prepared> {
    return new Promise((resolve, reject) => {
      const request: PrepareRequest = { id: this.nextId++, rules: { stamp: rules.stamp }, raws };
      this.queue.push({ request, rules, resolve, reject });
      this.pump();
    });
  }

  /** The thread with the fewest batches in hand, a new one while there are fewer than `size`. */
  private freeSlot(): Slot | undefined {
    const idle = this.slots.find((s) => s.jobs.length === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.spawn();
    let best: Slot | undefined;
    for (const s of this.slots)
      if (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length)) best = s;
    return best;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.freeSlot();
      if (!slot) {
        this.helpSoon();
        return;
      }
      const job = this.queue.shift() as Job;
      slot.jobs.push(job);
      slot.worker.ref();
      const { request, rules } = job;
      slot.worker.postMessage(
        slot.stamp === rules.stamp
          ? request
          : { ...request, rules: { stamp: rules.stamp, rules: rules.rules } },
      );
      slot.stamp = rules.stamp;
    }
  }

  /**
   * Every thread holds its fill and batches still wait: once this thread has handled what is ready
   * (setImmediate runs after pending messages, so the answers in hand are written first), it
   * prepares the newest waiting batch itself, the same step with the same rules.
   */
  private helpSoon(): void {
    if (!this.helps || this.helpPending) return;
    this.helpPending = true;
    setImmediate(() => {
      this.helpPending = false;
      const job = this.queue.pop();
      if (!job) return;
      this.helped++;
      try {
        if (this.own?.stamp !== job.rules.stamp)
          this.own = { stamp: job.rules.stamp, scorer: rulesScorer(job.rules.rules) };
        job.resolve(prepareStep(job.request.raws, this.own.scorer));
      } catch (error) {
        job.reject(
          new PrepareThreadError(`this thread could not prepare the page: ${(error as Error).message}`),
        );
      }
      if (this.queue.length > 0) this.helpSoon();
    });
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, {
      workerData: { warmUp: this.warmUp, batch: CHUNK },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    let loaded = () => {};
    const slot: Slot = { worker, jobs: [], stamp: null, ready: new Promise((r) => (loaded = r)) };
    // Held (ref'd) while it loads, so a caller awaiting `warm()` has a live event loop, and let go
    // once it is ready and idle. Not unref'd here: Node refs a worker's message port again when
    // its first 'message' listener is added, so a thread unref'd before that, then warmed for a
    // crawl that prepared nothing, held the process open for good (a stopped `serve` never exited).
    worker.on('message', (message: unknown) => {
      if ((message as { ready?: unknown }).ready === true) {
        loaded();
        if (slot.jobs.length === 0) worker.unref();
      }
      const job = slot.jobs[0];
      if (!job || (message as { id?: unknown }).id !== job.request.id) return;
      slot.jobs.shift();
      if (slot.jobs.length === 0) worker.unref();
      // Sent more work before this answer is read, so the thread never waits on this one.
      this.pump();
      const failure = prepareFailureSchema.safeParse(message);
      const problem = failure.success ? null : replyProblem(message);
      if (failure.success)
        job.reject(new PrepareThreadError(`a prepare thread could not read the page: ${failure.data.error}`));
      else if (problem)
        job.reject(new PrepareThreadError(`a prepare thread sent leads Offramp cannot store (${problem})`));
      // The thread parsed each lead with the store's schemas before sending it (prepare-messages.ts).
      else {
        const reply = message as { leads: PackedLead[]; problems: string[] };
        job.resolve({ leads: reply.leads, problems: reply.problems });
      }
    });
    const fail = (error: Error) => {
      loaded();
      const at = this.slots.indexOf(slot);
      if (at < 0) return;
      this.slots.splice(at, 1);
      for (const job of slot.jobs.splice(0))
        job.reject(new PrepareThreadError(`a prepare thread stopped: ${error.message}`));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /**
   * Each running thread's event-loop use since it started (busy and idle milliseconds), read from
   * this thread without a message (https://nodejs.org/api/worker_threads.html#workerperformance):
   * the pipeline benchmark prints how busy the threads were while the main thread wrote.
   */
  threadUse(): EventLoopUtilization[] {
    return this.slots.map((s) => s.worker.performance.eventLoopUtilization());
  }

  /** Stops the threads; batches still queued fail with a PrepareThreadError. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const job of this.queue.splice(0))
      job.reject(new PrepareThreadError('the prepare threads were closed'));
    for (const slot of slots)
      for (const job of slot.jobs.splice(0))
        job.reject(new PrepareThreadError('the prepare threads were closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

let shared: PreparePool | undefined;

/** The process's prepare threads, started on first use and shared by every crawl. */
export function sharedPreparePool(): PreparePool {
  shared ??= new PreparePool();
  return shared;
}
