import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithHealth } from '../tests/helpers/engine-double';
import { buildTestApp } from '../tests/helpers/test-app';

describe('the API shell', () => {
  it('GET /api/health reports the store and the search engine', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      store: { status: 'ok', schemaVersion: expect.any(Number) },
      search: { engine: 'embedded', status: 'ok' },
    });
  });

  it('GET /api/health answers 503 in the error envelope when the search engine is down', async () => {
    const down = engineWithHealth('meilisearch', async () => ({
      engine: 'meilisearch',
      status: 'unavailable',
      message: 'connection refused',
    }));
    const { app } = buildTestApp({ search: down });
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe('unhealthy');
    expect(body.error.details.search.message).toBe('connection refused');
  });

  it('sends security headers and a strict CSP on every response', async () => {
    const { app } = buildTestApp();
    for (const path of ['/api/health', '/api/missing', '/nowhere']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('marks API responses no-store so no cache keeps personal data', async () => {
    const { app } = buildTestApp();
    expect((await app.request('/api/health')).headers.get('cache-control')).toBe('no-store');
  });

  it('gives each request an id and echoes it in the response', async () => {
    const { app } = buildTestApp();
    const a = (await app.request('/api/health')).headers.get('x-request-id');
    const b = (await app.request('/api/health')).headers.get('x-request-id');
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
  });

  it('answers malformed JSON with a 400 envelope, not a 500', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/api/csp-report', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"csp-report": ',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'malformed_json', message: expect.any(String) } });
  });

  it('names the field when a JSON body has the wrong shape', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/api/csp-report', {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify({ 'csp-report': { 'blocked-uri': 42 } }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(JSON.stringify(body.error.details)).toContain('blocked-uri');
  });

  it('refuses a body over the limit with a 413 envelope', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/api/csp-report', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(10 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it('answers an unknown API route with a 404 envelope', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such API route' } });
  });

  it('logs the route pattern but never the query string, cookies or client address', async () => {
    const { app, logLines } = buildTestApp();
    await app.request('/api/health?q=deportation+officer+resume', {
      headers: { cookie: 'sid=secret-session', 'x-forwarded-for': '203.0.113.9' },
    });
    const line = logLines.find((l) => l.includes('"route"'));
    expect(line).toBeDefined();
    expect(JSON.parse(line ?? '{}')).toMatchObject({ route: '/api/health', status: 200, method: 'GET' });
    const all = logLines.join('\n');
    expect(all).not.toContain('deportation');
    expect(all).not.toContain('secret-session');
    expect(all).not.toContain('203.0.113.9');
  });

  it('turns an unexpected failure into a 500 envelope without a stack trace', async () => {
    const broken = engineWithHealth('embedded', async () => {
      throw new Error('disk on fire at /srv/secret/path.ts:12');
    });
    const { app } = buildTestApp({ search: broken });
    const res = await app.request('/api/health');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(text).not.toContain('disk on fire');
    expect(text).not.toContain('.ts:');
  });

  it('serves the web app with an SPA fallback for client routes, but not for API paths', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'offramp-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Offramp</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
    const { app } = buildTestApp({ webRoot });

    const page = await app.request('/resume');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/api/nope')).status).toBe(404);
  });
});
