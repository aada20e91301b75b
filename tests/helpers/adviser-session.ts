import type { buildTestApp } from './test-app';

export const TEST_PASSWORD = 'a long enough passphrase';

type App = ReturnType<typeof buildTestApp>['app'];

/** Signs an adviser in and returns a caller that sends their cookie, CSRF token and JSON body. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD) {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

type Caller = Awaited<ReturnType<typeof signIn>>;

/** Sets up an authenticator for a signed-in account through the API; returns its secret and codes. */
export async function enrolSecondFactor(
  call: Caller,
  code: (secret: string) => string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = (await (await call('POST', '/api/auth/second-factor/setup')).json()) as { secret: string };
  const res = await call('POST', '/api/auth/second-factor/enable', { code: code(setup.secret) });
  const { recoveryCodes } = (await res.json()) as { recoveryCodes: string[] };
  return { secret: setup.secret, recoveryCodes };
}
