import { describe, expect, it } from 'vitest';
import { createAdviser, createSession, resumeSession } from './advisers-repo';
import { migrate } from './migrate';
import { openMemoryStore } from './open-store';

function setup() {
  const db = openMemoryStore();
  migrate(db);
  const adviser = createAdviser(db, 'Ada@Example.org', 'scrypt$x', 'adviser');
  return { db, adviser };
}

describe('adviser sessions', () => {
  const start = new Date('2026-11-22T09:00:00Z');
  const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it('ends after the idle timeout, and use keeps it alive', () => {
    const { db, adviser } = setup();
    const { token } = createSession(db, adviser.id, 12, start);
    expect(resumeSession(db, token, 30, later(20))?.adviser.email).toBe('ada@example.org');
    expect(resumeSession(db, token, 30, later(45))).not.toBeNull();
    expect(resumeSession(db, token, 30, later(80))).toBeNull();
    // An ended session is gone for good.
    expect(resumeSession(db, token, 30, later(81))).toBeNull();
  });

  it('ends at its absolute lifetime however active it is', () => {
    const { db, adviser } = setup();
    const { token } = createSession(db, adviser.id, 1, start);
    for (let m = 10; m <= 50; m += 10) expect(resumeSession(db, token, 30, later(m))).not.toBeNull();
    expect(resumeSession(db, token, 30, later(61))).toBeNull();
  });

  it('stores only a hash of the token', () => {
    const { db, adviser } = setup();
    const { token } = createSession(db, adviser.id, 1, start);
    const stored = JSON.stringify(db.prepare('SELECT * FROM adviser_sessions').all());
    expect(stored).not.toContain(token);
  });
});
