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
