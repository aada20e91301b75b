import { createHash } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { createAdviser } from '../../store/advisers-repo';
import { databasePath, openStore } from '../../store/open-store';
import { signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

describe('request ids', () => {
  it('keeps a client-chosen id only when it is a UUID', async () => {
    const { app } = buildTestApp();
    const uuid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const kept = await app.request('/api/health', { headers: { 'x-request-id': uuid } });
    expect(kept.headers.get('x-request-id')).toBe(uuid);
    const forged = await app.request('/api/health', { headers: { 'x-request-id': 'admin-login-ok' } });
    const replaced = forged.headers.get('x-request-id') ?? '';
    expect(replaced).not.toBe('admin-login-ok');
    expect(replaced).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('body limit', () => {
  it('refuses a large body outside /api too', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/workspace', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });
});

describe('the database file', () => {
  it('is readable and writable by its owner only (0600), with its WAL files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-mode-'));
    const db = openStore(dir);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    const file = databasePath(dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    db.close();
  });
});

describe('invite acceptance', () => {
  it('is throttled per client before any password is hashed', async () => {
    const { app } = buildTestApp();
    const accept = () =>
      app.request(`/api/invites/${'x'.repeat(43)}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'new@example.org', password: 'a long enough passphrase' }),
      });
    const answers = await Promise.all(Array.from({ length: 8 }, accept));
    expect(answers.map((r) => r.status).sort()).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
  });
});

describe('CSRF tokens at rest', () => {
  it('are stored only as a hash, and the page still gets its token back from the cookie', async () => {
    const { app, db } = buildTestApp();
    createAdviser(db, 'alice@example.org', await hashPassword(TEST_PASSWORD), 'adviser');
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'alice@example.org', password: TEST_PASSWORD }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const rows = db.prepare('SELECT csrf_token FROM adviser_sessions').all() as { csrf_token: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.csrf_token).not.toBe(csrfToken);
    expect(rows[0]?.csrf_token).toBe(createHash('sha256').update(csrfToken).digest('base64url'));
    const me = await (await app.request('/api/auth/me', { headers: { cookie } })).json();
    expect(me.csrfToken).toBe(csrfToken);
    // The stored hash is no token: sending it back is refused.
    const forged = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': rows[0]?.csrf_token ?? '' },
    });
    expect(forged.status).toBe(403);
    const alice = await signIn(app, 'alice@example.org');
    expect((await alice('POST', '/api/auth/logout')).status).toBe(200);
  });
});
