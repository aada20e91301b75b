import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app';

type App = ReturnType<typeof buildTestApp>['app'];

const report = (blocked: string) =>
  JSON.stringify({ 'csp-report': { 'effective-directive': 'script-src', 'blocked-uri': blocked } });

const send = (app: App, body: string, from = '203.0.113.9') =>
  app.request('/api/csp-report', {
    method: 'POST',
    headers: { 'content-type': 'application/csp-report', 'x-forwarded-for': from },
    body,
  });

const violationLines = (lines: string[]) =>
  lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'content security policy violation');

describe('CSP reports', () => {
  it('refuses a body over 16 kB before reading it, and logs nothing for it', async () => {
    const { app, logLines } = buildTestApp();
    const huge = JSON.stringify(
      Array.from({ length: 8001 }, (_, i) => ({
        type: 'csp-violation',
        body: { blockedURL: `https://x${i}.test/` },
      })),
    );
    expect(huge.length).toBeGreaterThan(400_000);
    const res = await send(app, huge);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toEqual({
      code: 'payload_too_large',
      message: 'A CSP report may be at most 16 kB',
    });
    expect(violationLines(logLines)).toEqual([]);
  });

  it('logs one line per distinct report per minute, with how many arrived', async () => {
    const { app, logLines } = buildTestApp();
    for (let i = 0; i < 20; i++) expect((await send(app, report('https://evil.test/a.js'))).status).toBe(202);
    expect((await send(app, report('https://other.test/b.js'))).status).toBe(202);
    const lines = violationLines(logLines);
    expect(lines.map((l) => [l.directive, l.blocked, l.reports])).toEqual([
      ['script-src', 'https://evil.test', 1],
      ['script-src', 'https://other.test', 1],
    ]);
  });

  it('rate-limits each client to 60 reports a minute', async () => {
    const { app } = buildTestApp({ env: { TRUST_PROXY: '1' } });
    for (let i = 0; i < 60; i++) await send(app, report('https://evil.test/a.js'));
    const refused = await send(app, report('https://evil.test/a.js'));
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(
      /^Too many CSP reports from this address\. Try again in \d+ seconds\.$/,
    );
    expect((await send(app, report('https://evil.test/a.js'), '198.51.100.7')).status).toBe(202);
  });
});
