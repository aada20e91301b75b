import type { SourceConfig } from '../core/source-config';
import { sourceConfigSchema } from '../core/source-config';
import type { Store } from './open-store';

/** Adds or replaces sources by id; the file loaded by `crawl --sources` goes through here. */
export function upsertSources(db: Store, sources: SourceConfig[], now = new Date()): void {
  const stamp = now.toISOString();
  const statement = db.prepare(
    `INSERT INTO sources (id, type, config, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, config = excluded.config, enabled = excluded.enabled,
       updated_at = excluded.updated_at`,
  );
  db.transaction(() => {
    for (const s of sources) statement.run(s.id, s.type, JSON.stringify(s), s.enabled ? 1 : 0, stamp, stamp);
  })();
}

export interface StoredSource {
  id: string;
  /** The source as it parses today, or null when a rule has tightened since it was stored. */
  config: SourceConfig | null;
  /** What no longer passes, naming the field; the raw stored settings are kept for editing. */
  problem: string | null;
  raw: Record<string, unknown>;
}

/**
 * Every stored source, parsed again, so a schema change is caught here rather than mid-crawl. A
 * source that no longer passes is reported, never dropped: its leads and settings stay.
 */
export function listStoredSources(db: Store, options: { enabledOnly?: boolean } = {}): StoredSource[] {
  const rows = db
    .prepare(
      `SELECT id, config, enabled FROM sources ${options.enabledOnly ? 'WHERE enabled = 1' : ''} ORDER BY id`,
    )
    .all() as { id: string; config: string; enabled: number }[];
  return rows.map((r) => {
    const raw = { ...(JSON.parse(r.config) as Record<string, unknown>), enabled: r.enabled === 1 };
    const parsed = sourceConfigSchema.safeParse(raw);
    const issue = parsed.success ? null : parsed.error.issues[0];
    return {
      id: r.id,
      config: parsed.success ? parsed.data : null,
      problem: issue ? `${issue.path.join('.') || 'source'}: ${issue.message}` : null,
      raw,
    };
  });
}

/** The sources that parse; the ones that do not are listed by `listStoredSources`. */
export function listSources(db: Store, options: { enabledOnly?: boolean } = {}): SourceConfig[] {
  return listStoredSources(db, options).flatMap((s) => (s.config ? [s.config] : []));
}

export function sourceExists(db: Store, id: string): boolean {
  return db.prepare('SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined;
}

export function getSource(db: Store, id: string): SourceConfig | null {
  const row = db.prepare('SELECT config, enabled FROM sources WHERE id = ?').get(id) as
    | { config: string; enabled: number }
    | undefined;
  if (!row) return null;
  const parsed = sourceConfigSchema.safeParse({ ...JSON.parse(row.config), enabled: row.enabled === 1 });
  return parsed.success ? parsed.data : null;
}

export class SourceExistsError extends Error {
  override readonly name = 'SourceExistsError';
}

/** Adds a new source; an id already in use is refused rather than overwritten. */
export function insertSource(db: Store, source: SourceConfig, now = new Date()): void {
  if (getSource(db, source.id))
    throw new SourceExistsError(`id: a source called "${source.id}" exists already`);
  upsertSources(db, [source], now);
}

/** Pausing keeps the source and its leads; a paused source is skipped by scheduled crawls. */
export function setSourceEnabled(db: Store, id: string, enabled: boolean, now = new Date()): boolean {
  const source = getSource(db, id);
  if (!source) return false;
  upsertSources(db, [{ ...source, enabled }], now);
  return true;
}
