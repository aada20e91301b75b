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
});
