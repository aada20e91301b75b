import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSetting } from '../../store/app-settings';
import { migrate, schemaVersion } from '../../store/migrate';
import { migrations } from '../../store/migrations/index';
import { openStore } from '../../store/open-store';

const crashScript = fileURLToPath(new URL('../fixtures/crash-during-migration.ts', import.meta.url));

describe('a crash mid-migration', () => {
  it('leaves a consistent store that the next start migrates cleanly', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'offramp-crash-'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', crashScript, dataDir], {
      encoding: 'utf8',
    });
    expect(child.signal).toBe('SIGKILL');

    const db = openStore(dataDir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every real migration committed; the one that died left nothing behind.
    expect(schemaVersion(db)).toBe(migrations.length);
    const halfDone = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get();
    expect(halfDone).toBeUndefined();
    expect(readSetting(db, 'half')).toBeUndefined();
    expect(migrate(db)).toEqual([]);
  });
});
