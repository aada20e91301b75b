import type { FetchSpec } from '../source-adapter';
import type { SourceChannel } from './fetch-plan';

interface SourceState {
  channel: SourceChannel;
  seen: Set<string>;
  /** Requests queued, on the wire or waiting for the browser: the source is done at zero. */
  pending: number;
  started: boolean;
  truncated: boolean;
  aborted: boolean;
  done: boolean;
}

const keyOf = (spec: FetchSpec) =>
  `${spec.uniqueKey ?? `${spec.method ?? 'GET'} ${spec.url}`}${spec.browser ? ' browser' : ''}`;

/**
 * What each source of a crawl run has outstanding. A source's requests are admitted once each and
 * within its page budget; it is reported started at its first request and done, exactly once, when
 * nothing of it is left waiting, on the wire or in the browser.
 */
export class SourceLedger {
  private readonly sources = new Map<string, SourceState>();
  private readonly finishing: Promise<void>[] = [];

  add(channel: SourceChannel): void {
    this.sources.set(channel.id, {
      channel,
      seen: new Set(),
      pending: 0,
      started: false,
      truncated: false,
      aborted: false,
      done: false,
    });
  }

  channel(sourceId: string): SourceChannel | undefined {
    return this.sources.get(sourceId)?.channel;
  }

  isAborted(sourceId: string): boolean {
    return this.sources.get(sourceId)?.aborted ?? true;
  }

  /** Counts a request in if the source has not asked for it before and has budget left. */
  admit(sourceId: string, spec: FetchSpec): boolean {
    const source = this.sources.get(sourceId);
    if (!source || source.aborted) return false;
    const key = keyOf(spec);
    if (source.seen.has(key)) return false;
    if (source.seen.size >= source.channel.maxPages) {
      source.truncated = true;
      return false;
    }
    source.seen.add(key);
    source.pending++;
    return true;
  }

  markStarted(sourceId: string): void {
    const source = this.sources.get(sourceId);
    if (source && !source.started) {
      source.started = true;
      source.channel.onStart();
    }
  }

  /** `count` of the source's requests are over; the source finishes when none is left. */
  settle(sourceId: string, count = 1): void {
    const source = this.sources.get(sourceId);
    if (!source) return;
    source.pending -= count;
    if (source.done || source.pending > 0) return;
    source.done = true;
    this.finishing.push(
      source.channel.onDone({ truncated: source.truncated || source.aborted, aborted: source.aborted }),
    );
  }

  /** Marks the source stopped; the caller settles the requests it drops. */
  abort(sourceId: string): boolean {
    const source = this.sources.get(sourceId);
    if (!source || source.aborted) return false;
    source.aborted = true;
    return true;
  }

  /** Ends the run: any source still counted (a browser round limit reached) is cut short. */
  async close(): Promise<void> {
    for (const [id, source] of this.sources)
      if (!source.done) {
        source.truncated = true;
        this.settle(id, source.pending);
      }
    await Promise.all(this.finishing);
  }
}
