import { describe, expect, it } from 'vitest';
import { migrate, SchemaTooNewError, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { migrations } from './migrations/index';
import { openMemoryStore } from './open-store';

const tableNames = (db: ReturnType<typeof openMemoryStore>) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('migrate', () => {
  it('brings an empty store to the latest schema and records each step', () => {
    const db = openMemoryStore();
    const applied = migrate(db);
    expect(applied.map((m) => m.version)).toEqual(migrations.map((m) => m.version));
    expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
    expect(tableNames(db)).toContain('app_settings');
  });

  it('does nothing the second time', () => {
    const db = openMemoryStore();
    migrate(db);
    expect(migrate(db)).toEqual([]);
  });

  it('rolls a failing migration back whole and keeps earlier ones', () => {
    const db = openMemoryStore();
    const broken: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (id INTEGER)') },
      {
        version: 2,
        name: 'two',
        up: (d) => {
          d.exec('CREATE TABLE two (id INTEGER)');
          d.exec('INSERT INTO missing_table VALUES (1)');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrowError(/missing_table/);
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toContain('one');
    expect(tableNames(db)).not.toContain('two');
  });

  it('refuses a store written by a newer build', () => {
    const db = openMemoryStore();
    migrate(db);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").run();
    expect(() => migrate(db)).toThrowError(SchemaTooNewError);
  });

  it('rejects a migration list with a gap', () => {
    const db = openMemoryStore();
    expect(() => migrate(db, [{ version: 2, name: 'gap', up: () => {} }])).toThrowError(/expected 1/);
  });
});
