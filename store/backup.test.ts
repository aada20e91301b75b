import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSetting, writeSetting } from './app-settings';
import { BackupRefusedError, backupStore, restoreStore } from './backup';
import { migrate } from './migrate';
import { openStore } from './open-store';

const tempDir = () => mkdtempSync(join(tmpdir(), 'offramp-backup-'));

describe('backup and restore', () => {
  it('restores a backup into a fresh data dir with the same data', async () => {
    const source = openStore(tempDir());
    migrate(source);
    writeSetting(source, 'greeting', { text: 'hello' });
    const file = join(tempDir(), 'copy.db');
    const { pages } = await backupStore(source, file);
    expect(pages).toBeGreaterThan(0);

    const freshDir = tempDir();
    restoreStore(file, freshDir);
    const restored = openStore(freshDir);
    expect(readSetting(restored, 'greeting')).toEqual({ text: 'hello' });
  });

  it('will not overwrite an existing backup file unless asked', async () => {
    const db = openStore(tempDir());
    migrate(db);
    const file = join(tempDir(), 'copy.db');
    writeFileSync(file, 'keep me');
    await expect(backupStore(db, file)).rejects.toThrowError(BackupRefusedError);
    await expect(backupStore(db, file, { overwrite: true })).resolves.toMatchObject({ file });
  });

  it('refuses a file that is not an Offramp database', () => {
    const file = join(tempDir(), 'notes.txt');
    writeFileSync(file, 'this is not sqlite at all, just some text that is long enough');
    expect(() => restoreStore(file, tempDir())).toThrowError(/not a SQLite database|could not be read/);
  });

  it('refuses to replace a live store without --force', async () => {
    const dir = tempDir();
    const db = openStore(dir);
    migrate(db);
    const file = join(tempDir(), 'copy.db');
    await backupStore(db, file);
    db.close();
    expect(() => restoreStore(file, dir)).toThrowError(/--force/);
    expect(restoreStore(file, dir, { overwrite: true }).schemaVersion).toBeGreaterThan(0);
  });
});
