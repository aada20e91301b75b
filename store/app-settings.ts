import type { Store } from './open-store';
import { statement } from './statements';

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

/** When a setting was last written (undefined if never): a cheap way to notice a change. */
export function readSettingStamp(db: Store, key: string): string | undefined {
  return (
    statement(db, 'SELECT updated_at FROM app_settings WHERE key = ?').get(key) as
      | { updated_at: string }
      | undefined
  )?.updated_at;
}
