import type { Store } from './open-store';

/** Reads a JSON setting; undefined when it was never written. */
export function readSetting<T>(db: Store, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM app_settings WHERE key = ?').get(key) as
    | { value: string }
    | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value) as T);
}

export function writeSetting(db: Store, key: string, value: unknown): void {
  db.prepare(
    `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), new Date().toISOString());
}
