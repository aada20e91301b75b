import { afterEach, describe, expect, it, vi } from 'vitest';
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
  afterEach(() => {
    vi.useRealTimers();
  });

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

  it('logs at most 20 distinct reports a minute, then one line counting the ones left out', async () => {
    // Found live: 60 requests of 100 made-up blocked origins each added 1,000 lines in a minute.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    const { app, logLines } = buildTestApp();
    for (let k = 0; k < 60; k++) {
      const batch = Array.from({ length: 100 }, (_, i) => ({
        type: 'csp-violation',
        body: { effectiveDirective: 'connect-src', blockedURL: `https://h${k}-${i}.test/` },
      }));
      const res = await send(app, JSON.stringify(batch));
      expect(res.status).toBe(202);
    }
    expect(violationLines(logLines)).toHaveLength(20);
    vi.setSystemTime(new Date('2026-12-01T10:01:01Z'));
    await send(app, report('https://late.test/x.js'));
    const lines = logLines.map((l) => JSON.parse(l));
    expect(lines.filter((l) => /not logged/.test(l.msg)).map((l) => [l.msg, l.reports])).toEqual([
      ['content security policy violations not logged: too many distinct reports in a minute', 5980],
    ]);
    expect(violationLines(logLines).at(-1)).toMatchObject({ blocked: 'https://late.test', reports: 1 });
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
