import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app';

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('the seeker’s receipt code', () => {
  it('is found typed without dashes, in lower case, or with spaces, and withdraws the same way', async () => {
    const { app } = buildTestApp();
    const made = await app.request(
      '/api/intake',
      post({
        background: 'federal-admin',
        goals: 'Records work',
        timing: 'now',
        contact: 'alias@example.net',
      }),
    );
    const { receipt } = (await made.json()) as { receipt: string };
    const compact = receipt.replaceAll('-', '');
    for (const typed of [receipt, compact.toLowerCase(), ` ${receipt.slice(0, 4)} ${compact.slice(4)} `]) {
      const res = await app.request('/api/intake/status', post({ receipt: typed }));
      expect(await res.json(), typed).toEqual({ status: 'open' });
    }
    expect((await app.request('/api/intake/withdraw', post({ receipt: compact.toLowerCase() }))).status).toBe(
      200,
    );
    expect((await app.request('/api/intake/status', post({ receipt }))).status).toBe(404);
  });

  it('names what a code looks like when what was typed cannot be one', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/api/intake/status', post({ receipt: 'my code' }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe(
      'receipt: a receipt code has 12 letters and digits, such as ABCD-EFGH-JKMN',
    );
  });
});
