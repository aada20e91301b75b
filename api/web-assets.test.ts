import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../tests/helpers/test-app';
import { corpusStore } from '../tests/search/corpus';
import { pickEncoding } from './compress-responses';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word${i}`))};`;

function builtApp() {
  const webRoot = mkdtempSync(join(tmpdir(), 'offramp-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><title>Offramp</title><div id="root"></div></body>',
  );
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), SCRIPT);
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js.gz'), gzipSync(SCRIPT));
  const { db } = corpusStore();
  return buildTestApp({ webRoot, db }).app;
}

describe('compressed responses', () => {
  it('sends the copy compressed at build time that the browser accepts, cached for a year', async () => {
    const app = builtApp();
    const br = await app.request('/assets/app-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(SCRIPT);
    const gz = await app.request('/assets/app-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
    const plain = await app.request('/assets/app-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('compresses JSON answers over 1 KB and leaves small ones alone', async () => {
    const app = builtApp();
    const big = await app.request('/api/leads?q=fraud', { headers: { 'Accept-Encoding': 'br' } });
    expect(big.headers.get('content-encoding')).toBe('br');
    const body = JSON.parse(brotliDecompressSync(Buffer.from(await big.arrayBuffer())).toString());
    expect(body.hits[0].title).toMatch(/Fraud/);
    expect(Number(big.headers.get('content-length'))).toBeLessThan(JSON.stringify(body).length / 2);
    const small = await app.request('/api/health', { headers: { 'Accept-Encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect((await small.json()).status).toBe('ok');
  });

  it('puts the first page of results for the landing URL into the HTML', async () => {
    const app = builtApp();
    const res = await app.request('/?q=fraud');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const json = /<script type="application\/json" id="first-results">(.*)<\/script>/.exec(html)?.[1] ?? '';
    const data = JSON.parse(json);
    expect(data).toMatchObject({ query: 'q=fraud', dropped: [] });
    expect(data.result.hits[0].title).toMatch(/Fraud/);
    // A highlight carries <mark>; inside the script it must be escaped so it cannot close the element.
    expect(json).not.toContain('<');
    // A refused parameter is left out of the search, and named so the page can say it was ignored.
    const bad = await (await app.request('/?q=fraud&remote=everywhere')).text();
    const dropped = JSON.parse(/id="first-results">(.*)<\/script>/.exec(bad)?.[1] ?? '');
    expect(dropped).toMatchObject({ query: 'q=fraud', dropped: ['remote'] });
    expect(dropped.result.total).toBe(data.result.total);
  });

  it('reads Accept-Encoding weights', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('gzip;q=0.5, br;q=0.2')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});
