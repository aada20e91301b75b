import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { createAdviser } from '../../store/advisers-repo';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

type App = ReturnType<typeof buildTestApp>['app'];

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function setup(role: 'admin' | 'adviser' = 'adviser') {
  const built = buildTestApp();
  createAdviser(built.db, 'carol@example.org', await hashPassword(TEST_PASSWORD), role);
  const carol = await signIn(built.app, 'carol@example.org');
  const { secret, recoveryCodes } = await enrolSecondFactor(carol, (s) => currentTotp(s));
  return { ...built, carol, secret, recoveryCodes };
}

async function passwordStep(app: App) {
  const res = await app.request(
    '/api/auth/login',
    json({ email: 'carol@example.org', password: TEST_PASSWORD }),
  );
  expect(res.status).toBe(200);
  expect(res.headers.get('set-cookie')).toBeNull();
  return (await res.json()) as { secondFactorRequired: true; challenge: string };
}

describe('second factor (TOTP)', () => {
  it('asks for a code after the password, and signs in only with a right one', async () => {
    const { app, secret } = await setup();
    const { secondFactorRequired, challenge } = await passwordStep(app);
    expect(secondFactorRequired).toBe(true);

    const wrong = await app.request('/api/auth/login/second-factor', json({ challenge, code: '000000' }));
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toMatch(/^code:/);

    // The code used at enrolment has been spent; the next step's code is the one an app shows next.
    const code = currentTotp(secret, Date.now() + 30_000);
    const right = await app.request('/api/auth/login/second-factor', json({ challenge, code }));
    expect(right.status).toBe(200);
    expect(right.headers.get('set-cookie')).toMatch(/offramp_session=.*HttpOnly/i);
  });

  it('refuses the same code twice', async () => {
    const { app, secret } = await setup();
    const code = currentTotp(secret, Date.now() + 30_000);
    const first = await passwordStep(app);
    expect(
      (await app.request('/api/auth/login/second-factor', json({ challenge: first.challenge, code }))).status,
    ).toBe(200);
    const second = await passwordStep(app);
    const replay = await app.request(
      '/api/auth/login/second-factor',
      json({ challenge: second.challenge, code }),
    );
    expect(replay.status).toBe(401);
  });

  it('lets each recovery code in once', async () => {
    const { app, recoveryCodes } = await setup();
    expect(recoveryCodes).toHaveLength(10);
    const recoveryCode = recoveryCodes[0]?.toLowerCase();
    const a = await passwordStep(app);
    const ok = await app.request(
      '/api/auth/login/second-factor',
      json({ challenge: a.challenge, recoveryCode }),
    );
    expect(ok.status).toBe(200);
    const b = await passwordStep(app);
    const again = await app.request(
      '/api/auth/login/second-factor',
      json({ challenge: b.challenge, recoveryCode }),
    );
    expect(again.status).toBe(401);
  });

  it('gives up on a challenge after five wrong codes', async () => {
    const { app, secret } = await setup();
    const { challenge } = await passwordStep(app);
    for (let i = 0; i < 5; i++)
      await app.request('/api/auth/login/second-factor', json({ challenge, code: '000000' }));
    const res = await app.request(
      '/api/auth/login/second-factor',
      json({ challenge, code: currentTotp(secret, Date.now() + 30_000) }),
    );
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('challenge_expired');
  });

  it('stores the secret encrypted', async () => {
    const { db, secret } = await setup();
    expect(JSON.stringify(db.prepare('SELECT * FROM advisers').all())).not.toContain(secret);
  });

  it('lets an adviser turn it off with their password, but not an admin', async () => {
    const adviser = await setup('adviser');
    const off = await adviser.carol('POST', '/api/auth/second-factor/disable', { password: TEST_PASSWORD });
    expect(off.status).toBe(200);
    const login = await adviser.app.request(
      '/api/auth/login',
      json({ email: 'carol@example.org', password: TEST_PASSWORD }),
    );
    expect(await login.json()).toHaveProperty('csrfToken');

    const admin = await setup('admin');
    const refused = await admin.carol('POST', '/api/auth/second-factor/disable', { password: TEST_PASSWORD });
    expect(refused.status).toBe(403);
  });
});

describe('admins and the second factor', () => {
  it('keeps an admin without an authenticator out of admin routes until one is set up', async () => {
    const { app, db } = buildTestApp();
    createAdviser(db, 'root@example.org', await hashPassword(TEST_PASSWORD), 'admin');
    const root = await signIn(app, 'root@example.org');
    const me = (await (await root('GET', '/api/auth/me')).json()) as {
      secondFactor: { required: boolean; enabled: boolean };
    };
    expect(me.secondFactor).toMatchObject({ required: true, enabled: false });
    const before = await root('GET', '/api/admin/advisers');
    expect(before.status).toBe(403);
    expect(((await before.json()) as { error: { code: string } }).error.code).toBe('second_factor_required');
    await enrolSecondFactor(root, (s) => currentTotp(s));
    expect((await root('GET', '/api/admin/advisers')).status).toBe(200);
  });
});
