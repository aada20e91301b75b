import type { Migration } from './migration';
import { migrations as defaultMigrations } from './migrations/index';
import type { Store } from './open-store';

export interface AppliedMigration {
  version: number;
  name: string;
}

/** Thrown when the store holds a newer schema than this build knows: upgrade Offramp, do not retry. */
export class SchemaTooNewError extends Error {
  override readonly name = 'SchemaTooNewError';
}

function ensureBookkeeping(db: Store): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
}

export function schemaVersion(db: Store): number {
  ensureBookkeeping(db);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

export function pendingMigrations(db: Store, all: readonly Migration[] = defaultMigrations): Migration[] {
  const current = schemaVersion(db);
  return all.filter((m) => m.version > current);
}

/**
 * Applies pending migrations, each in its own IMMEDIATE transaction (the write lock is taken up front,
 * so two processes starting at once cannot both apply the same version).
 */
export function migrate(
  db: Store,
  all: readonly Migration[] = defaultMigrations,
  onApplied: (m: AppliedMigration) => void = () => {},
): AppliedMigration[] {
  assertOrdered(all);
  const known = all.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > known) {
    throw new SchemaTooNewError(
      `The store is at schema version ${current} but this build knows only up to ${known}. ` +
        'Run a newer Offramp, or restore a backup made by this version.',
    );
  }
  const applied: AppliedMigration[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of all) {
    const step = db.transaction(() => {
      // Re-read inside the lock: another process may have applied it while we waited.
      if (schemaVersion(db) >= migration.version) return false;
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    if (step.immediate()) {
      const done = { version: migration.version, name: migration.name };
      applied.push(done);
      onApplied(done);
    }
  }
  return applied;
}

function assertOrdered(all: readonly Migration[]): void {
  all.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${i + 1}.`);
    }
  });
}
