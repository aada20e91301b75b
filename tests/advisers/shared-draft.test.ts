import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { createAdviser } from '../../store/advisers-repo';
import { purgeUnattachedDrafts, shareDraft } from '../../store/shared-drafts-repo';
import { signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

const REQUEST = {
  background: 'federal-admin',
  goals: 'Operations work outside government',
  timing: 'now',
  contact: 'alias@example.net',
};

const RESUME = {
  basics: { label: 'Operations Analyst', summary: 'Ran audits for a federal program office.' },
  work: [{ position: 'Program Analyst', highlights: ['Ran audits of 40 field offices'] }],
};

async function setup() {
  const { app, db, cipher } = buildTestApp({ env: { TRUST_PROXY: '1' } });
  createAdviser(db, 'alice@example.org', await hashPassword(TEST_PASSWORD), 'adviser');
  createAdviser(db, 'bob@example.org', await hashPassword(TEST_PASSWORD), 'adviser');
  const postJson = (path: string, body: unknown, from = '203.0.113.9') =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify(body),
    });
  return {
    app,
    db,
    cipher,
    postJson,
    alice: await signIn(app, 'alice@example.org'),
    bob: await signIn(app, 'bob@example.org'),
  };
}

const drafts = (db: ReturnType<typeof buildTestApp>['db']) =>
  (db.prepare('SELECT count(*) AS n FROM shared_drafts').get() as { n: number }).n;

describe('a request for help with a shared resume draft', () => {
  it('carries only the reference, and only the adviser who takes it can open the draft', async () => {
    const { db, postJson, alice, bob } = await setup();
    const sharing = await postJson('/api/drafts', { resume: RESUME });
    expect(sharing.status).toBe(201);
    const { draft, expiresInHours } = await sharing.json();
    expect(draft).toMatch(/^[\w-]{43}$/);
    expect(expiresInHours).toBe(24);
    const sent = await postJson('/api/intake', { ...REQUEST, resumeDraft: draft });
    expect(sent.status).toBe(201);
    const { receipt } = await sent.json();

    // The queue says a resume is attached, and shows nothing of it.
    const [queued] = (await (await bob('GET', '/api/advisers/queue')).json()).requests;
    expect(queued.hasResume).toBe(true);
    expect(JSON.stringify(queued)).not.toMatch(/Program Analyst|alias@example|resumeDraft/);

    const { client } = await (await alice('POST', `/api/advisers/queue/${queued.id}/claim`)).json();
    const opened = await (await alice('GET', `/api/advisers/clients/${client.id}`)).json();
    expect(opened.client.intake.resume).toEqual(RESUME);
    expect(opened.client.intake.contact).toBe('alias@example.net');
    expect(JSON.stringify(opened)).not.toContain(draft);
    // Another adviser gets the same 404 as for a client that does not exist.
    const other = await bob('GET', `/api/advisers/clients/${client.id}`);
    expect(other.status).toBe(404);
    expect(JSON.stringify(await other.json())).not.toContain('Program Analyst');

    // The reference cannot be used again, and withdrawing the request deletes the draft with it.
    const reused = await postJson('/api/intake', { ...REQUEST, resumeDraft: draft }, '198.51.100.4');
    expect(reused.status).toBe(400);
    expect((await reused.json()).error.message).toBe(
      'resumeDraft: no shared resume draft with that reference. It may have expired or been used for another request; share the draft again.',
    );
    expect(drafts(db)).toBe(1);
    await postJson('/api/intake/withdraw', { receipt });
    expect(drafts(db)).toBe(0);
  });

  it('refuses an unknown reference and stores no request', async () => {
    const { db, postJson } = await setup();
    const res = await postJson('/api/intake', { ...REQUEST, resumeDraft: 'A'.repeat(43) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details.fields[0].field).toBe('resumeDraft');
    expect((db.prepare('SELECT count(*) AS n FROM intake_requests').get() as { n: number }).n).toBe(0);
    const malformed = await postJson('/api/intake', { ...REQUEST, resumeDraft: 'short' });
    expect((await malformed.json()).error.message).toBe(
      'resumeDraft: must be the reference POST /api/drafts gave for a shared resume draft',
    );
  });

  it('caps a shared draft at 256 kB and ten an hour per client, and deletes unattached ones after a day', async () => {
    const { db, cipher, postJson } = await setup();
    const huge = { resume: { basics: { summary: 'x'.repeat(300_000) } } };
    const big = await postJson('/api/drafts', huge, '192.0.2.77');
    expect(big.status).toBe(413);
    expect((await big.json()).error.message).toBe('A shared resume draft may be at most 256 kB');
    for (let i = 0; i < 10; i++) expect((await postJson('/api/drafts', { resume: RESUME })).status).toBe(201);
    const eleventh = await postJson('/api/drafts', { resume: RESUME });
    expect(eleventh.status).toBe(429);
    expect((await eleventh.json()).error.message).toMatch(/^Too many shared drafts from this address\./);
    expect((await postJson('/api/drafts', { resume: RESUME }, '198.51.100.8')).status).toBe(201);

    shareDraft(db, cipher, RESUME, new Date(Date.now() - 25 * 3_600_000));
    expect(drafts(db)).toBe(12);
    expect(purgeUnattachedDrafts(db)).toBe(1);
    expect(drafts(db)).toBe(11);
  });
});
