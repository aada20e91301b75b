import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { createAdviser } from '../../store/advisers-repo';
import { buildTestApp } from '../helpers/test-app';

const PASSWORD = 'correct horse battery staple';

async function appWithAdviser(env: Record<string, string> = {}) {
  const built = buildTestApp({ env });
  createAdviser(built.db, 'ada@example.org', await hashPassword(PASSWORD), 'adviser');
  return built;
}

type App = Awaited<ReturnType<typeof appWithAdviser>>['app'];

function login(app: App, password: string, headers: Record<string, string> = {}) {
  return app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: 'ada@example.org', password }),
  });
}

describe('the sign-in throttle', () => {
  it('evaluates only five of forty parallel wrong passwords for one account', async () => {
    const { app } = await appWithAdviser();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(app, `guess ${i}`)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    const refused = answers.find((r) => r.status === 429) as Response;
    expect((await refused.json()).error.message).toMatch(
      /^Too many failed sign-ins\. Try again in \d+ seconds\.$/,
    );
  });

  it('gives a correct password its place back, so a signed-in owner keeps their budget', async () => {
    const { app } = await appWithAdviser();
    for (let i = 0; i < 4; i++) expect((await login(app, `guess ${i}`)).status).toBe(401);
    for (let i = 0; i < 3; i++) expect((await login(app, PASSWORD)).status).toBe(200);
    expect((await login(app, 'guess 5')).status).toBe(401);
    expect((await login(app, 'guess 6')).status).toBe(429);
  });
});

describe('throttle keys', () => {
  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('never locks the owner out because someone elsewhere guessed wrong', async () => {
    const { app } = await appWithAdviser({ TRUST_PROXY: '1' });
    for (let i = 0; i < 5; i++)
      expect((await login(app, `guess ${i}`, from('203.0.113.9'))).status).toBe(401);
    expect((await login(app, PASSWORD, from('203.0.113.9'))).status).toBe(429);
    expect((await login(app, PASSWORD, from('198.51.100.7'))).status).toBe(200);
  });

  it('behind a trusted proxy, keys on the hop the proxy added, not on what the client wrote', async () => {
    const { app } = await appWithAdviser({ TRUST_PROXY: '1' });
    for (let i = 0; i < 5; i++) {
      const forged = `10.0.0.${i}, 203.0.113.9`;
      expect((await login(app, `guess ${i}`, from(forged))).status).toBe(401);
    }
    expect((await login(app, 'guess 5', from('10.9.9.9, 203.0.113.9'))).status).toBe(429);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
    const { app } = await appWithAdviser();
    for (let i = 0; i < 5; i++)
      expect((await login(app, `guess ${i}`, from(`198.51.100.${i}`))).status).toBe(401);
    expect((await login(app, 'guess 5', from('198.51.100.99'))).status).toBe(429);
  });
});
