import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { curateLead } from '../store/curation-repo';
import { fillStore } from '../tests/helpers/synthetic-leads';
import { buildTestApp } from '../tests/helpers/test-app';

type Hit = { id: string; title: string };

describe('search answers by data version', () => {
  it('answers 304 to a client holding the current answer, and a new one once a lead changes', async () => {
    const { app, db } = buildTestApp();
    fillStore(db, 300);
    const first = await app.request('/api/leads?q=fraud');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"\d+:\d+-[\w-]{22}"$/);
    const body = (await first.json()) as { hits: Hit[] };
    const top = body.hits[0] as Hit;

    const again = await app.request('/api/leads?q=fraud', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // The same search spelt differently has the same validator.
    const reordered = await app.request('/api/leads?sort=relevance&q=fraud', {
      headers: { 'if-none-match': etag },
    });
    expect(reordered.status).toBe(304);

    db.prepare('UPDATE leads SET title = ? WHERE id = ?').run('Fraud examiner, renamed', top.id);
    const changed = await app.request('/api/leads?q=fraud', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const hits = ((await changed.json()) as { hits: Hit[] }).hits;
    expect(hits.find((h) => h.id === top.id)?.title).toBe('Fraud examiner, renamed');

    // Hiding a lead (curation) is a change too: the cached answer is not served again.
    curateLead(db, top.id, { hidden: true }, 'admin');
    const hidden = ((await (await app.request('/api/leads?q=fraud')).json()) as { hits: Hit[] }).hits;
    expect(hidden.map((h) => h.id)).not.toContain(top.id);
  });

  it('sends a repeated search compressed as it was the first time, and a browser holding it gets 304', async () => {
    const { app, db } = buildTestApp();
    fillStore(db, 300);
    const plain = await (await app.request('/api/leads?q=fraud&page=2')).text();
    const asks = { 'accept-encoding': 'gzip, deflate, br' };
    const first = await app.request('/api/leads?q=fraud&page=2', { headers: asks });
    const second = await app.request('/api/leads?q=fraud&page=2', { headers: asks });
    for (const res of [first, second]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(plain);
    }
    // Compressed bytes differ from the identity form, so their tag is weak (RFC 9110 section 8.8.1),
    // and If-None-Match compares weakly: the browser's copy is still current.
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"\d+:\d+-[\w-]{22}"$/);
    const held = await app.request('/api/leads?q=fraud&page=2', {
      headers: { ...asks, 'if-none-match': `"other", ${etag}` },
    });
    expect(held.status).toBe(304);
    expect(held.headers.get('etag')).toBe(etag);
  });
});
