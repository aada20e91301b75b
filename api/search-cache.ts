import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { SearchQuery, SearchResult } from '../core/search/search-query';
import type { SearchEngine } from '../search/search-engine';
import { dataVersion } from '../store/data-version';
import type { Store } from '../store/open-store';

export type ContentCoding = 'br' | 'gzip';
type Bytes = Uint8Array<ArrayBuffer>;

export interface CachedAnswer {
  result: SearchResult;
  /**
   * A strong validator for this query at this data version (RFC 9110 section 8.8.3), given only
   * when the answer is known to be that of the version.
   */
  etag?: string;
  /**
   * The answer serialised once, with its compressed forms made on first request: a repeated
   * search costs a map look-up and a socket write, not a JSON.stringify and a brotli pass.
   */
  bytes?: { identity: Bytes } & Partial<Record<ContentCoding, Bytes>>;
}

/** The same search written two ways (key order, `undefined` fields) gives one key. */
export function normalisedQuery(query: SearchQuery): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, sorted(v)]),
      );
    return value;
  };
  return JSON.stringify(sorted(query));
}

/** Compressed bodies as compressResponses makes them (brotli quality 5, gzip level 6). */
function encode(body: Bytes, coding: ContentCoding): Bytes {
  return coding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(body, { level: 6 });
}

/**
 * Search results by normalised query and the store's data version (the counters that every write
 * to a lead or its curation moves, in this process or another one sharing the file). A result is
 * kept only when the engine answered from an index as new as the store (not while it rebuilds), so
 * a cached answer is never older than the data. Entries also expire after `ttlMs`, because "posted
 * within 14 days" moves with the clock. Least recently used entries go first past `max`.
 */
export class SearchCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; at: number }>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly db: Store,
    private readonly engine: SearchEngine,
    private readonly options: { max?: number; ttlMs?: number; now?: () => number } = {},
  ) {}

  /** The version a search now would be cached under: cheap, one indexed row. */
  version(): string {
    return dataVersion(this.db);
  }

  /** Whether answers are ever validated: only an index kept in step with the store's version. */
  cacheable(): boolean {
    return this.engine.name === 'embedded';
  }

  /** The validator a fresh answer to this query would have, without searching. */
  etagFor(query: SearchQuery, version = this.version()): string {
    const digest = createHash('sha256').update(normalisedQuery(query)).digest('base64url').slice(0, 22);
    return `"${version}-${digest}"`;
  }

  /** A cached answer's body in the given coding, compressed once and then kept with the answer. */
  body(bytes: NonNullable<CachedAnswer['bytes']>, coding: ContentCoding | null): Bytes {
    if (!coding) return bytes.identity;
    bytes[coding] ??= encode(bytes.identity, coding);
    return bytes[coding];
  }

  async search(query: SearchQuery): Promise<CachedAnswer> {
    const now = (this.options.now ?? Date.now)();
    const version = this.version();
    const key = `${version}|${normalisedQuery(query)}`;
    const found = this.entries.get(key);
    if (found && now - found.at < (this.options.ttlMs ?? 60_000)) {
      this.entries.delete(key);
      this.entries.set(key, found);
      this.hits++;
      return found.answer;
    }
    this.misses++;
    // A snapshot that held every change before the search, at a version that did not move during
    // it, answered from exactly that version.
    const current = this.engine.upToDate?.() ?? true;
    const result = await this.engine.search(query);
    const health = await this.engine.health();
    // Meilisearch indexes asynchronously, and a rebuilding or patching embedded index answers from
    // the snapshot it has: no such answer is known to match the version, so none is kept nor
    // validated.
    if (
      this.engine.name === 'embedded' &&
      current &&
      health.index !== 'refreshing' &&
      this.version() === version
    ) {
      const answer: CachedAnswer = {
        result,
        etag: this.etagFor(query, version),
        bytes: { identity: Buffer.from(JSON.stringify(result)) },
      };
      this.entries.set(key, { answer, at: now });
      if (this.entries.size > (this.options.max ?? 2_000)) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      return answer;
    }
    return { result };
  }
}
