import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { createAdviser } from '../../store/advisers-repo';
import { createShareLink, openShareLink } from '../../store/share-links-repo';
import { signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';
import { corpusStore } from '../search/corpus';

async function setup() {
  const { db, idOf } = corpusStore();
  const built = buildTestApp({ db });
  const hash = await hashPassword(TEST_PASSWORD);
  createAdviser(db, 'alice@example.org', hash, 'adviser');
  createAdviser(db, 'bob@example.org', hash, 'adviser');
  const alice = await signIn(built.app, 'alice@example.org');
  const bob = await signIn(built.app, 'bob@example.org');
  await built.app.request('/api/intake', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      background: 'criminal-investigator',
      goals: 'Fraud work',
      timing: 'now',
      contact: 'Signal +1 555 0199',
    }),
  });
  const [request] = (await (await alice('GET', '/api/advisers/queue')).json()).requests;
  const { client } = await (await alice('POST', `/api/advisers/queue/${request.id}/claim`)).json();
  return {
    ...built,
    sealer: built.cipher,
    idOf,
    alice,
    bob,
    client: client as { id: string; label: string },
  };
}

describe('bookmarks and private share links', () => {
  it('shows the shortlist through the link and nothing else, until it is revoked', async () => {
    const { app, idOf, alice, client } = await setup();
    for (const [lead, note] of [
      ['fraud-1', 'Strong match for your SIU years'],
      ['aml-1', 'Bank compliance, remote-friendly'],
      ['security-1', 'Leadership role'],
    ] as const) {
      expect(
        (
          await alice('POST', `/api/advisers/clients/${client.id}/bookmarks`, {
            leadId: idOf(lead),
            note,
            stage: 'client-interested',
          })
        ).status,
      ).toBe(201);
    }
    const link = await (
      await alice('POST', `/api/advisers/clients/${client.id}/share-links`, { expiresInDays: 7 })
    ).json();
    expect(link.token).toMatch(/^[\w-]{43}$/);

    const shared = await app.request(`/api/share/${link.token}`);
    expect(shared.status).toBe(200);
    const body = await shared.json();
    expect(body.shortlist.map((b: { title: string }) => b.title)).toEqual([
      'Fraud Investigator',
      'AML Compliance Analyst',
      'Corporate Security Manager',
    ]);
    expect(body.shortlist[0]).toMatchObject({
      note: 'Strong match for your SIU years',
      stage: 'client-interested',
      leadStatus: 'open',
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain('alice');
    expect(text).not.toContain('Signal');
    expect(text).not.toContain(client.id);

    expect((await alice('DELETE', `/api/advisers/clients/${client.id}/share-links`)).status).toBe(200);
    expect((await app.request(`/api/share/${link.token}`)).status).toBe(404);
  });

  it('lists share links without their tokens and revokes one while the other keeps working', async () => {
    const { app, alice, client } = await setup();
    const make = async () =>
      (await (await alice('POST', `/api/advisers/clients/${client.id}/share-links`, {})).json()) as {
        token: string;
      };
    const first = await make();
    const second = await make();
    const listed = await (await alice('GET', `/api/advisers/clients/${client.id}/share-links`)).json();
    expect(listed.links).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain(first.token);
    const firstId = listed.links[0].id;
    const revoked = await alice('DELETE', `/api/advisers/clients/${client.id}/share-links/${firstId}`);
    expect(revoked.status).toBe(200);
    const statuses = (await revoked.json()).links.map((l: { status: string }) => l.status).sort();
    expect(statuses).toEqual(['live', 'revoked']);
    const open = await Promise.all(
      [first, second].map(async (l) => (await app.request(`/api/share/${l.token}`)).status),
    );
    expect(open.sort()).toEqual([200, 404]);
  });

  it('shows a resume draft through the link only when the seeker shared it and the adviser ticked it', async () => {
    const { app, alice, client } = await setup();
    const plain = await (await alice('POST', `/api/advisers/clients/${client.id}/share-links`, {})).json();
    expect((await (await app.request(`/api/share/${plain.token}`)).json()).resume).toBeNull();

    const shared = await app.request('/api/drafts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        resume: {
          basics: { label: 'Operations Analyst' },
          work: [{ position: 'Program Analyst', highlights: ['Ran audits'] }],
        },
      }),
    });
    await app.request('/api/intake', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        background: 'federal-admin',
        goals: 'Operations',
        timing: 'now',
        contact: 'alias@example.net',
        resumeDraft: (await shared.json()).draft,
      }),
    });
    const [request] = (await (await alice('GET', '/api/advisers/queue')).json()).requests;
    expect(request.hasResume).toBe(true);
    expect(JSON.stringify(request)).not.toContain('Program Analyst');
    const { client: second } = await (await alice('POST', `/api/advisers/queue/${request.id}/claim`)).json();
    const unticked = await (await alice('POST', `/api/advisers/clients/${second.id}/share-links`, {})).json();
    expect((await (await app.request(`/api/share/${unticked.token}`)).json()).resume).toBeNull();
    const link = await (
      await alice('POST', `/api/advisers/clients/${second.id}/share-links`, { fields: ['title', 'resume'] })
    ).json();
    const seen = await (await app.request(`/api/share/${link.token}`)).json();
    expect(seen.resume.work[0].position).toBe('Program Analyst');
  });

  it('answers 404 to a wrong or expired token', async () => {
    const { app, db, sealer, client } = await setup();
    expect((await app.request('/api/share/not-a-real-token-at-all-0000')).status).toBe(404);
    const old = createShareLink(db, sealer, client.id, { days: 1 }, new Date('2026-01-01T00:00:00Z'));
    expect(openShareLink(db, old.token, new Date('2026-01-01T12:00:00Z'))).not.toBeNull();
    expect((await app.request(`/api/share/${old.token}`)).status).toBe(404);
  });

  it('keeps a bookmark after its lead closes or is removed, and says so', async () => {
    const { db, idOf, alice, client } = await setup();
    await alice('POST', `/api/advisers/clients/${client.id}/bookmarks`, { leadId: idOf('fraud-1') });
    await alice('POST', `/api/advisers/clients/${client.id}/bookmarks`, { leadId: idOf('aml-1') });
    db.prepare("UPDATE leads SET status = 'closed' WHERE id = ?").run(idOf('fraud-1'));
    db.prepare('DELETE FROM leads WHERE id = ?').run(idOf('aml-1'));
    const { bookmarks } = await (await alice('GET', `/api/advisers/clients/${client.id}/bookmarks`)).json();
    expect(bookmarks.map((b: { title: string; leadStatus: string }) => [b.title, b.leadStatus])).toEqual([
      ['Fraud Investigator', 'closed'],
      ['AML Compliance Analyst', 'removed'],
    ]);
  });

  it('does not let another adviser bookmark for, list, or share a client', async () => {
    const { idOf, alice, bob, client } = await setup();
    await alice('POST', `/api/advisers/clients/${client.id}/share-links`, {});
    expect(
      (await bob('POST', `/api/advisers/clients/${client.id}/bookmarks`, { leadId: idOf('fraud-1') })).status,
    ).toBe(404);
    expect((await bob('GET', `/api/advisers/clients/${client.id}/bookmarks`)).status).toBe(404);
    expect((await bob('POST', `/api/advisers/clients/${client.id}/share-links`, {})).status).toBe(404);
    expect((await bob('DELETE', `/api/advisers/clients/${client.id}/share-links`)).status).toBe(404);
    expect((await bob('GET', `/api/advisers/clients/${client.id}/share-links`)).status).toBe(404);
    const { links } = await (await alice('GET', `/api/advisers/clients/${client.id}/share-links`)).json();
    expect(
      (await bob('DELETE', `/api/advisers/clients/${client.id}/share-links/${links[0].id}`)).status,
    ).toBe(404);
    const after = await (await alice('GET', `/api/advisers/clients/${client.id}/share-links`)).json();
    expect(after.links[0].status).toBe('live');
  });
});
