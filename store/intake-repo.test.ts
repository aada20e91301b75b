import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DataCipher } from '../api/auth/data-cipher';
import { intakeSchema } from '../core/intake';
import { intakeStatus, purgeExpiredIntake, submitIntake } from './intake-repo';
import { migrate } from './migrate';
import { openMemoryStore } from './open-store';

describe('intake retention', () => {
  it('purges unclaimed requests older than the retention period and keeps newer ones', () => {
    const db = openMemoryStore();
    migrate(db);
    const sealer = new DataCipher(randomBytes(32));
    const intake = intakeSchema.parse({
      background: 'federal-admin',
      goals: 'Records work',
      timing: 'exploring',
      contact: 'alias@example.org',
    });
    const old = submitIntake(db, sealer, intake, new Date('2026-09-01T00:00:00Z'));
    const recent = submitIntake(db, sealer, intake, new Date('2026-11-15T00:00:00Z'));
    expect(purgeExpiredIntake(db, 30, new Date('2026-11-22T00:00:00Z'))).toBe(1);
    expect(intakeStatus(db, old.receipt)).toBeNull();
    expect(intakeStatus(db, recent.receipt)).toBe('open');
  });
});
