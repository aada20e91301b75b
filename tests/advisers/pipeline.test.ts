import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { createAdviser } from '../../store/advisers-repo';
import { databasePath, openStore } from '../../store/open-store';
import { purgeExpiredTimeline } from '../../store/timeline-repo';
import { signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';
import { corpusStore } from '../search/corpus';

type Caller = Awaited<ReturnType<typeof signIn>>;

/** The corpus in a real database file, so a test can read the bytes that reach the disk. */
async function fileCorpus() {
  const corpus = corpusStore();
  const dir = mkdtempSync(join(tmpdir(), 'offramp-pipeline-'));
  await corpus.db.backup(databasePath(dir));
  return { db: openStore(dir), dir, idOf: corpus.idOf };
}

async function setup(options: { file?: boolean } = {}) {
  const corpus = options.file ? await fileCorpus() : { ...corpusStore(), dir: '' };
  const built = buildTestApp({ db: corpus.db });
  const hash = await hashPassword(TEST_PASSWORD);
  createAdviser(built.db, 'alice@example.org', hash, 'adviser');
  createAdviser(built.db, 'bob@example.org', hash, 'adviser');
  const alice = await signIn(built.app, 'alice@example.org');
  const bob = await signIn(built.app, 'bob@example.org');
  const claim = async (who: Caller, goals: string) => {
    await built.app.request('/api/intake', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        background: 'criminal-investigator',
        goals,
        timing: 'now',
        contact: 'Signal +1 555 0142',
      }),
    });
    const requests = (await (await who('GET', '/api/advisers/queue')).json()).requests as {
      id: string;
      intake: { goals: string };
    }[];
    const request = requests.find((r) => r.intake.goals === goals);
    const { client } = await (await who('POST', `/api/advisers/queue/${request?.id}/claim`)).json();
    return client as { id: string; label: string };
  };
  return { ...built, idOf: corpus.idOf, dir: corpus.dir, alice, bob, claim };
}

const save = (who: Caller, clientId: string, body: Record<string, unknown>) =>
  who('POST', `/api/advisers/clients/${clientId}/bookmarks`, body);

describe('one-step saves and the pipeline', () => {
  it('saves a lead with its stage and a note in one request, and a second save changes nothing', async () => {
    const { alice, claim, idOf } = await setup();
    const client = await claim(alice, 'Fraud work');
    const first = await save(alice, client.id, {
      leadId: idOf('fraud-1'),
      stage: 'client-interested',
      note: 'Your SIU years count here',
    });
    expect(first.status).toBe(201);
    const { bookmark } = await first.json();
    expect(bookmark).toMatchObject({
      title: 'Fraud Investigator',
      stage: 'client-interested',
      note: 'Your SIU years count here',
      privateNote: '',
      leadStatus: 'open',
    });
    expect(bookmark.fitScore).toBeGreaterThan(0);
    const again = await save(alice, client.id, { leadId: idOf('fraud-1'), stage: 'applied' });
    expect(again.status).toBe(200);
    expect((await again.json()).bookmark.stage).toBe('client-interested');
  });

  it('asks for a reason to close a lead, records each move on the timeline, and clears the reason on reopening', async () => {
    const { alice, claim, idOf } = await setup();
    const client = await claim(alice, 'Fraud work');
    const { bookmark } = await (await save(alice, client.id, { leadId: idOf('aml-1') })).json();
    const path = `/api/advisers/clients/${client.id}/bookmarks/${bookmark.id}`;
    const refused = await alice('PATCH', path, { stage: 'closed' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toBe('closedReason: say why the lead closed');
    const closed = await (
      await alice('PATCH', path, { stage: 'closed', closedReason: 'position-filled' })
    ).json();
    expect(closed.bookmark).toMatchObject({ stage: 'closed', closedReason: 'position-filled' });
    const reopened = await (await alice('PATCH', path, { stage: 'applied' })).json();
    expect(reopened.bookmark).toMatchObject({ stage: 'applied', closedReason: null });
    const { timeline } = await (await alice('GET', `/api/advisers/clients/${client.id}/timeline`)).json();
    expect(timeline.map((e: { text: string }) => e.text)).toEqual([
      '“AML Compliance Analyst” at Summit Trust Bank: Closed → Applied',
      '“AML Compliance Analyst” at Summit Trust Bank: Suggested → Closed (Position filled or withdrawn)',
      'Saved “AML Compliance Analyst” at Summit Trust Bank as Suggested',
      `Took the request; the client is ${client.label}`,
    ]);
  });

  it('lists follow-ups that are due across the adviser’s own clients only', async () => {
    const { alice, bob, claim, idOf } = await setup();
    const first = await claim(alice, 'Fraud work');
    const second = await claim(alice, 'Security work');
    const bobs = await claim(bob, 'Claims work');
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await save(alice, first.id, { leadId: idOf('fraud-1'), followUpOn: today });
    await save(alice, second.id, { leadId: idOf('security-1'), followUpOn: '2026-01-02' });
    await save(alice, second.id, { leadId: idOf('aml-1'), followUpOn: later });
    await save(bob, bobs.id, { leadId: idOf('claims-1'), followUpOn: today });
    const { due } = await (await alice('GET', '/api/advisers/due')).json();
    expect(due.map((d: { clientLabel: string; title: string }) => [d.clientLabel, d.title])).toEqual([
      [second.label, 'Corporate Security Manager'],
      [first.label, 'Fraud Investigator'],
    ]);
    const bad = await alice('PATCH', `/api/advisers/clients/${first.id}/bookmarks/${due[1].bookmarkId}`, {
      followUpOn: '3 Dec',
    });
    expect((await bad.json()).error.message).toBe('followUpOn: must be a date such as 2026-12-03');
  });

  it('exports the shortlist as CSV with salary, fit, closing date and both notes', async () => {
    const { alice, claim, idOf } = await setup();
    const client = await claim(alice, 'Fraud work');
    await save(alice, client.id, {
      leadId: idOf('fraud-1'),
      stage: 'applied',
      note: 'Apply, "soon"',
      privateNote: '=risky',
    });
    const res = await alice('GET', `/api/advisers/clients/${client.id}/shortlist.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, row, end] = (await res.text()).split('\r\n');
    expect(header).toBe(
      'Title,Employer,Location,Salary,Fit (%),Closes,Stage,Closed because,Follow up by,Note for the client,Private note,Posting',
    );
    expect(row).toBe(
      `Fraud Investigator,Granite Mutual,"Phoenix, AZ","$60,000–$80,000 a year",73,,Applied,,,"Apply, ""soon""",'=risky,https://jobs.example.test/fraud-1`,
    );
    expect(end).toBe('');
  });
});

describe('share links show only what was ticked', () => {
  it('never returns private notes, the client’s notes or the timeline, and hides unticked fields', async () => {
    const { app, alice, claim, idOf } = await setup();
    const client = await claim(alice, 'Fraud work');
    await alice('PATCH', `/api/advisers/clients/${client.id}`, { notes: 'PRIVATE client note' });
    await save(alice, client.id, {
      leadId: idOf('fraud-1'),
      stage: 'client-interested',
      note: 'A note for you',
      privateNote: 'PRIVATE bookmark note',
    });
    await alice('POST', `/api/advisers/clients/${client.id}/timeline`, { text: 'PRIVATE timeline note' });
    const made = await (
      await alice('POST', `/api/advisers/clients/${client.id}/share-links`, {
        label: 'sent by Signal on 3 Dec',
        fields: ['title', 'stage', 'note'],
      })
    ).json();
    const body = await (await app.request(`/api/share/${made.token}`)).json();
    expect(body.shortlist).toEqual([
      {
        title: 'Fraud Investigator',
        company: null,
        location: null,
        salary: null,
        stage: 'client-interested',
        note: 'A note for you',
        leadStatus: 'open',
        url: 'https://jobs.example.test/fraud-1',
      },
    ]);
    const text = JSON.stringify(body);
    for (const secret of ['PRIVATE', 'sent by Signal', 'alice', client.label, client.id, 'Signal +1'])
      expect(text).not.toContain(secret);
    const unticked = await (
      await alice('POST', `/api/advisers/clients/${client.id}/share-links`, { fields: ['title'] })
    ).json();
    expect((await (await app.request(`/api/share/${unticked.token}`)).json()).shortlist[0].note).toBeNull();
  });

  it('lists each link with its label, expiry and last view, and a revoked or expired link is a 404', async () => {
    const { app, db, alice, claim } = await setup();
    const client = await claim(alice, 'Fraud work');
    const base = `/api/advisers/clients/${client.id}/share-links`;
    const signal = await (
      await alice('POST', base, { label: 'sent by Signal on 3 Dec', expiresInDays: 7 })
    ).json();
    const email = await (await alice('POST', base, { label: 'emailed to the alias' })).json();
    expect((await app.request(`/api/share/${signal.token}`)).status).toBe(200);
    const { links } = await (await alice('GET', base)).json();
    const byLabel = Object.fromEntries(links.map((l: { label: string }) => [l.label, l]));
    expect(byLabel['sent by Signal on 3 Dec']).toMatchObject({ status: 'live', viewCount: 1 });
    expect(byLabel['sent by Signal on 3 Dec'].lastViewedAt).not.toBeNull();
    expect(byLabel['emailed to the alias']).toMatchObject({ viewCount: 0, lastViewedAt: null });
    expect(JSON.stringify(db.prepare('SELECT * FROM share_links').all())).not.toContain('Signal');

    expect((await alice('DELETE', `${base}/${signal.id}`)).status).toBe(200);
    expect((await app.request(`/api/share/${signal.token}`)).status).toBe(404);
    expect((await alice('DELETE', `${base}/${signal.id}`)).status).toBe(404);
    db.prepare("UPDATE share_links SET expires_at = '2026-01-01T00:00:00.000Z' WHERE token_hash = ?").run(
      email.id,
    );
    expect((await app.request(`/api/share/${email.token}`)).status).toBe(404);
    const after = await (await alice('GET', base)).json();
    expect(after.links.map((l: { status: string }) => l.status).sort()).toEqual(['expired', 'revoked']);
  });
});

describe('another adviser’s client', () => {
  it('answers 404 on every new route and leaves the data as it was', async () => {
    const { alice, bob, claim, idOf } = await setup();
    const client = await claim(alice, 'Fraud work');
    const { bookmark } = await (
      await save(alice, client.id, { leadId: idOf('fraud-1'), note: 'keep' })
    ).json();
    const link = await (await alice('POST', `/api/advisers/clients/${client.id}/share-links`, {})).json();
    const c = `/api/advisers/clients/${client.id}`;
    for (const [method, path, body] of [
      ['GET', `${c}/timeline`, undefined],
      ['POST', `${c}/timeline`, { text: 'bob was here' }],
      ['GET', `${c}/shortlist.csv`, undefined],
      ['POST', `${c}/bookmarks`, { leadId: idOf('aml-1'), stage: 'applied' }],
      ['PATCH', `${c}/bookmarks/${bookmark.id}`, { stage: 'offer' }],
      ['DELETE', `${c}/bookmarks/${bookmark.id}`, undefined],
      ['POST', `${c}/share-links`, { label: 'bob' }],
      ['DELETE', `${c}/share-links/${link.id}`, undefined],
    ] as const) {
      expect((await bob(method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    expect((await (await bob('GET', '/api/advisers/due?within=90')).json()).due).toEqual([]);
    const { bookmarks } = await (await alice('GET', `${c}/bookmarks`)).json();
    expect(bookmarks.map((b: { stage: string; note: string }) => [b.stage, b.note])).toEqual([
      ['suggested', 'keep'],
    ]);
    const { timeline } = await (await alice('GET', `${c}/timeline`)).json();
    expect(JSON.stringify(timeline)).not.toContain('bob');
  });
});

describe('the timeline at rest', () => {
  it('is encrypted: the raw database file holds none of its text', async () => {
    const { db, dir, alice, claim, idOf } = await setup({ file: true });
    const client = await claim(alice, 'Fraud work');
    await alice('POST', `/api/advisers/clients/${client.id}/timeline`, {
      text: 'Called on Signal about Tucson',
    });
    await save(alice, client.id, { leadId: idOf('fraud-1'), note: 'Zebra-striped reminder' });
    const { timeline } = await (await alice('GET', `/api/advisers/clients/${client.id}/timeline`)).json();
    expect(timeline[1].text).toBe('Called on Signal about Tucson');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const raw = readFileSync(databasePath(dir)).toString('latin1');
    expect(raw).toContain('Fraud Investigator');
    expect(raw).not.toContain('Called on Signal');
    expect(raw).not.toContain('Zebra-striped');
    db.close();
  });

  it('is purged after the retention period and deleted when the client is forgotten', async () => {
    const { db, alice, claim } = await setup();
    const client = await claim(alice, 'Fraud work');
    await alice('POST', `/api/advisers/clients/${client.id}/timeline`, { text: 'first call' });
    expect(purgeExpiredTimeline(db, 30, new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect(purgeExpiredTimeline(db, 30, new Date(Date.now() + 31 * 86_400_000))).toBe(2);
    await alice('POST', `/api/advisers/clients/${client.id}/timeline`, { text: 'second call' });
    await alice('POST', `/api/advisers/clients/${client.id}/share-links`, {});
    expect((await alice('DELETE', `/api/advisers/clients/${client.id}`)).status).toBe(200);
    for (const table of ['client_events', 'share_links', 'bookmarks', 'clients'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
  });
});
