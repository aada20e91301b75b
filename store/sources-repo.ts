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

export function listSources(db: Store, options: { enabledOnly?: boolean } = {}): SourceConfig[] {
  const rows = db
    .prepare(
      `SELECT config, enabled FROM sources ${options.enabledOnly ? 'WHERE enabled = 1' : ''} ORDER BY id`,
    )
    .all() as { config: string; enabled: number }[];
  // Stored configs were validated on the way in; parse again so a schema change is caught here.
  return rows.map((r) => sourceConfigSchema.parse({ ...JSON.parse(r.config), enabled: r.enabled === 1 }));
}

export function getSource(db: Store, id: string): SourceConfig | null {
  const row = db.prepare('SELECT config, enabled FROM sources WHERE id = ?').get(id) as
    | { config: string; enabled: number }
    | undefined;
  return row ? sourceConfigSchema.parse({ ...JSON.parse(row.config), enabled: row.enabled === 1 }) : null;
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
