import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations/index';
import type { Store } from './open-store';
import { databasePath, openStore } from './open-store';

/** Thrown when a backup or restore cannot go ahead as asked; the message says what to change. */
export class BackupRefusedError extends Error {
  override readonly name = 'BackupRefusedError';
}

/**
 * Copies the live store to `file` with SQLite's online backup API (https://sqlite.org/backup.html),
 * so the server can keep serving and writing while it runs.
 */
export async function backupStore(
  db: Store,
  file: string,
  options: { overwrite?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ pages: number; file: string }> {
  const target = resolve(file);
  if (existsSync(target) && !options.overwrite) {
    throw new BackupRefusedError(`${target} already exists. Choose another file or pass --force.`);
  }
  const temporary = `${target}.partial`;
  rmSync(temporary, { force: true });
  const result = await db.backup(temporary, {
    progress: ({ totalPages, remainingPages }) => {
      options.onProgress?.(totalPages - remainingPages, totalPages);
      return 256;
    },
  });
  // Rename last, so an interrupted backup never leaves a file that looks complete.
  renameSync(temporary, target);
  return { pages: result.totalPages, file: target };
}

/** Checks that `file` is an intact Offramp store this build can run, then installs it in `dataDir`. */
export function restoreStore(
  file: string,
  dataDir: string,
  options: { overwrite?: boolean } = {},
): { schemaVersion: number; target: string } {
  const source = resolve(file);
  if (!existsSync(source)) throw new BackupRefusedError(`No backup file at ${source}.`);
  const version = verifyBackup(source);
  const target = databasePath(dataDir);
  if (existsSync(target) && !options.overwrite) {
    throw new BackupRefusedError(
      `${target} already exists. Stop the server, then pass --force to replace it with the backup.`,
    );
  }
  openStore(dataDir).close(); // creates the data dir with the right mode
  const staged = `${target}.restoring`;
  copyFileSync(source, staged);
  // A WAL left over from the old database must not be replayed onto the restored one.
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(staged, target);
  return { schemaVersion: version, target };
}

function verifyBackup(file: string): number {
  let db: Store;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupRefusedError(`${file} is not a SQLite database.`);
  }
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupRefusedError(`${file} is damaged: ${String(check)}.`);
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!table) throw new BackupRefusedError(`${file} is not an Offramp backup (no schema_migrations).`);
    const { v } = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number };
    const known = migrations.at(-1)?.version ?? 0;
    if (v > known) {
      throw new BackupRefusedError(
        `${file} has schema ${v}; this build knows up to ${known}. Upgrade first.`,
      );
    }
    return v;
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    throw new BackupRefusedError(`${file} could not be read as a database: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}
