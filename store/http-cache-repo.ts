import { z } from 'zod';
import type { FetchSpec } from '../core/crawl/fetch-spec';
import { fetchSpecSchema } from '../core/crawl/fetch-spec';
import type { Store } from './open-store';
import { statement } from './statements';

const followSchema = z.array(fetchSpecSchema);

export interface Validators {
  etag: string | null;
  lastModified: string | null;
  follow: FetchSpec[];
  leadKeys: string[];
}

export function readValidators(db: Store, url: string): Validators | null {
  const row = statement(
    db,
    'SELECT etag, last_modified, follow, lead_keys FROM http_cache WHERE url = ?',
  ).get(url) as
    | { etag: string | null; last_modified: string | null; follow: string; lead_keys: string }
    | undefined;
  if (!row) return null;
  return {
    etag: row.etag,
    lastModified: row.last_modified,
    // Validated on the way out of the store: a row written by an older version must not crash a crawl.
    follow: followSchema.parse(JSON.parse(row.follow)),
    leadKeys: JSON.parse(row.lead_keys) as string[],
  };
}

export function writeValidators(db: Store, url: string, v: Validators, now = new Date()): void {
  if (!v.etag && !v.lastModified) {
    statement(db, 'DELETE FROM http_cache WHERE url = ?').run(url);
    return;
  }
  statement(
    db,
    `INSERT INTO http_cache (url, etag, last_modified, follow, lead_keys, checked_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       follow = excluded.follow, lead_keys = excluded.lead_keys, checked_at = excluded.checked_at`,
  ).run(url, v.etag, v.lastModified, JSON.stringify(v.follow), JSON.stringify(v.leadKeys), now.toISOString());
}
