import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import Database from 'better-sqlite3';

export type Store = SqliteDatabase;

export const DATABASE_FILE = 'offramp.db';

export function databasePath(dataDir: string): string {
  return join(resolve(dataDir), DATABASE_FILE);
}

/**
 * Opens the store with the settings every process shares. WAL lets readers (API replicas of one host,
 * the scheduler) proceed while a crawl writes (https://sqlite.org/wal.html); `synchronous=NORMAL` is
 * durable in WAL mode except for the last commits on power loss, which a re-crawl recovers.
 */
export function openStore(dataDir: string, options: { readonly?: boolean } = {}): Store {
  mkdirSync(resolve(dataDir), { recursive: true, mode: 0o700 });
  const file = databasePath(dataDir);
  // Owner-only (0600) before SQLite opens it: SQLite gives the -wal and -shm files the database
  // file's permissions (https://sqlite.org/tempfiles.html), so they are private too.
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  if (!options.readonly) chmodSync(file, 0o600);
  const db = new Database(file, { readonly: options.readonly ?? false });
  applyPragmas(db);
  return db;
}

/** An in-memory store for unit tests; same pragmas apart from WAL, which needs a file. */
export function openMemoryStore(): Store {
  const db = new Database(':memory:');
  applyPragmas(db);
  return db;
}

function applyPragmas(db: Store): void {
  if (!db.memory && !db.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Another process may hold the write lock briefly (a crawl batch); wait rather than fail.
  db.pragma('busy_timeout = 5000');
}
