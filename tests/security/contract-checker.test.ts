import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { healthDoc, leadDoc } from '../../api/openapi/lead-docs';
import { openApiDocument } from '../../api/openapi/openapi-document';
import type { OpenApiDoc } from '../helpers/openapi-contract';
import { contractChecker } from '../helpers/openapi-contract';

const healthy = {
  status: 'ok',
  store: { status: 'ok', schemaVersion: 12, journalMode: 'wal' },
  search: { engine: 'embedded', status: 'ok', index: 'ready' },
};

/**
 * Test-only apps whose handlers break the documented contract in one way each (the casts let them
 * past the compiler, as a handler written without `documented(...).json` would get past it), to
 * show that the fuzz test's checker fails on each.
 */
async function checked(
  answer: (c: { json: (b: unknown, s: number) => Response }) => Response,
  path = '/health',
) {
  const routes = new Hono()
    .get('/health', healthDoc.describe, (c) => answer(c as never))
    .get('/leads/:id', leadDoc.describe, (c) => answer(c as never));
  const doc = (await openApiDocument(new Hono().route('/api', routes))) as unknown as OpenApiDoc;
  const res = await new Hono().route('/api', routes).request(`/api${path}`);
  const docPath = path.startsWith('/leads/') ? '/api/leads/{id}' : '/api/health';
  return contractChecker(doc)('get', docPath, {
    status: res.status,
    contentType: res.headers.get('content-type'),
    text: await res.text(),
  });
}

describe('the contract checker of the fuzz test', () => {
  it('passes the documented answer', async () => {
    expect(await checked((c) => c.json(healthy, 200))).toBeNull();
  });

  it('catches a field removed from an answer', async () => {
    const { search: _removed, ...rest } = healthy;
    expect(await checked((c) => c.json(rest, 200))).toBe(
      'search: Invalid input: expected object, received undefined',
    );
  });

  it('catches a field the description does not name, even deep inside', async () => {
    const leaky = { ...healthy, store: { ...healthy.store, path: '/var/lib/offramp.db' } };
    expect(await checked((c) => c.json(leaky, 200))).toBe('store: Unrecognized key: "path"');
  });

  it('catches a field of the wrong type or outside its enum', async () => {
    expect(await checked((c) => c.json({ ...healthy, status: 'degraded' }, 200))).toMatch(/^status: Invalid/);
    const wrong = { ...healthy, store: { ...healthy.store, schemaVersion: '12' } };
    expect(await checked((c) => c.json(wrong, 200))).toMatch(
      /^store\.schemaVersion: Invalid input: expected/,
    );
  });

  it('catches an undocumented status and an error without the envelope', async () => {
    expect(await checked((c) => c.json(healthy, 202))).toBe('status 202 is not documented');
    expect(await checked((c) => c.json({ message: 'gone' }, 404), '/leads/x')).toMatch(
      /^error: Invalid input/,
    );
  });

  it('catches a body in a media type the status does not document', async () => {
    expect(
      await checked(() => new Response('ok', { status: 200, headers: { 'content-type': 'text/plain' } })),
    ).toBe('media type "text/plain" is not documented for 200');
  });
});
