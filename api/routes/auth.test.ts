import { describe, expect, it } from 'vitest';
import { createAdviser } from '../../store/advisers-repo';
import { buildTestApp } from '../../tests/helpers/test-app';
import { hashPassword, verifyPassword } from '../auth/password';

const PASSWORD = 'correct horse battery staple';

async function appWithAdviser(role: 'admin' | 'adviser' = 'adviser', env: Record<string, string> = {}) {
  const built = buildTestApp({ env });
  createAdviser(built.db, 'ada@example.org', await hashPassword(PASSWORD), role);
  return built;
}

function login(
  app: Awaited<ReturnType<typeof appWithAdviser>>['app'],
  password = PASSWORD,
  email = 'ada@example.org',
) {
  return app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('adviser sign-in', () => {
  it('hashes passwords with scrypt and verifies them', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword('wrong', hash)).toBe(false);
  });

  it('signs in with an httpOnly SameSite session cookie and returns a CSRF token', async () => {
    const { app } = await appWithAdviser();
    const res = await login(app);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^offramp_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const body = await res.json();
    expect(body.adviser).toMatchObject({ email: 'ada@example.org', role: 'adviser' });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const me = await app.request('/api/auth/me', { headers: { cookie: cookieOf(res) } });
    expect(me.status).toBe(200);
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const { app } = await appWithAdviser('adviser', { TRUST_PROXY: 'true' });
    expect((await login(app)).headers.get('set-cookie')).toContain('Secure');
  });

  it('answers 401 without a session', async () => {
    const { app } = await appWithAdviser();
    expect((await app.request('/api/auth/me')).status).toBe(401);
    expect(
      (await app.request('/api/auth/me', { headers: { cookie: 'offramp_session=forged' } })).status,
    ).toBe(401);
  });

  it('refuses a wrong password with 401 and the same message as an unknown account', async () => {
    const { app } = await appWithAdviser();
    const wrong = await login(app, 'not the password');
    const unknown = await login(app, PASSWORD, 'nobody@example.org');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
  });

  it('answers 429 with Retry-After after repeated failed sign-ins, even with the right password', async () => {
    const { app } = await appWithAdviser();
    for (let i = 0; i < 5; i++) expect((await login(app, `guess ${i}`)).status).toBe(401);
    const blocked = await login(app);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a state-changing request without the CSRF token with 403', async () => {
    const { app } = await appWithAdviser();
    const res = await login(app);
    const logout = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: cookieOf(res), 'content-type': 'application/json' },
    });
    expect(logout.status).toBe(403);
    expect((await logout.json()).error.code).toBe('csrf');
  });

  it('refuses a cross-site form post by its Origin with 403', async () => {
    const { app } = await appWithAdviser();
    const res = await app.request('http://offramp.test/api/auth/login', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=ada%40example.org&password=x',
    });
    expect(res.status).toBe(403);
  });

  it('signs out, and the old cookie no longer works', async () => {
    const { app } = await appWithAdviser();
    const res = await login(app);
    const { csrfToken } = await res.json();
    const cookie = cookieOf(res);
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    expect((await app.request('/api/auth/logout', { method: 'POST', headers })).status).toBe(200);
    expect((await app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('ends every session with logout-everywhere', async () => {
    const { app } = await appWithAdviser();
    const first = await login(app);
    const second = await login(app);
    const { csrfToken } = await second.json();
    const res = await app.request('/api/auth/logout-everywhere', {
      method: 'POST',
      headers: { cookie: cookieOf(second), 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    });
    expect((await res.json()).sessionsEnded).toBe(2);
    expect((await app.request('/api/auth/me', { headers: { cookie: cookieOf(first) } })).status).toBe(401);
  });

  it('changes the password, which the next sign-in then needs', async () => {
    const { app } = await appWithAdviser();
    const res = await login(app);
    const { csrfToken } = await res.json();
    const change = await app.request('/api/auth/password', {
      method: 'POST',
      headers: { cookie: cookieOf(res), 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'a much longer new passphrase' }),
    });
    expect(change.status).toBe(200);
    expect((await login(app)).status).toBe(401);
    expect((await login(app, 'a much longer new passphrase')).status).toBe(200);
  });
});
