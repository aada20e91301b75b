import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DataCipher } from '../../api/auth/data-cipher';
import { hashPassword } from '../../api/auth/password';
import type { Intake } from '../../core/intake';
import { createAdviser } from '../../store/advisers-repo';
import type { Sealer } from '../../store/intake-repo';
import { openRequests, submitIntake } from '../../store/intake-repo';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { shareDraft } from '../../store/shared-drafts-repo';
import { signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

type App = ReturnType<typeof buildTestApp>['app'];

const INTAKE: Intake = {
  background: 'immigration-enforcement',
  location: 'Tucson, AZ',
  workplace: 'remote',
  goals: 'Investigations outside enforcement',
  timing: 'within-3-months',
  contact: 'Signal +1 555 0100',
};

const post = (app: App, body: unknown, from = '203.0.113.9') =>
  app.request('/api/intake', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });

const stored = (db: ReturnType<typeof buildTestApp>['db']) =>
  (db.prepare('SELECT count(*) AS n FROM intake_requests').get() as { n: number }).n;

describe('an intake flood', () => {
  it('refuses a request over 16 kB and stores nothing', async () => {
    const { app, db } = buildTestApp();
    const bloated = { ...INTAKE, contact: 'x'.repeat(781_000) };
    const res = await post(app, bloated);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toEqual({
      code: 'payload_too_large',
      message: 'A request for help may be at most 16 kB',
    });
    expect(stored(db)).toBe(0);
  });

  it('refuses a resume sent inside the request, naming the field and what to send instead', async () => {
    const { app, db } = buildTestApp();
    const res = await post(app, { ...INTAKE, resume: { basics: { label: 'Analyst' } } });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_request');
    expect(error.message).toBe(
      'resume: a resume is not sent inside the request: share it as a draft first (POST /api/drafts) and send the reference you get back as resumeDraft',
    );
    expect(error.details.fields).toEqual([
      { field: 'resume', message: error.message.slice('resume: '.length) },
    ]);
    expect(stored(db)).toBe(0);
  });

  it('takes ten requests an hour from one client, then answers 429', async () => {
    const { app, db } = buildTestApp({ env: { TRUST_PROXY: '1' } });
    for (let i = 0; i < 10; i++) expect((await post(app, INTAKE)).status).toBe(201);
    const refused = await post(app, INTAKE);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(
      /^Too many requests for help from this address\. Try again in \d+ seconds\.$/,
    );
    expect((await post(app, INTAKE, '198.51.100.7')).status).toBe(201);
    expect(stored(db)).toBe(11);
  });

  it('shows the queue fifty at a time, with the total', async () => {
    const { app, db } = buildTestApp({ env: { TRUST_PROXY: '1' } });
    createAdviser(db, 'alice@example.org', await hashPassword(TEST_PASSWORD), 'adviser');
    for (let i = 0; i < 60; i++) await post(app, { ...INTAKE, goals: `goal ${i}` }, `198.51.100.${i}`);
    const alice = await signIn(app, 'alice@example.org');
    const first = await (await alice('GET', '/api/advisers/queue')).json();
    expect(first.requests).toHaveLength(50);
    expect(first).toMatchObject({ total: 60, page: 1, perPage: 50 });
    const second = await (await alice('GET', '/api/advisers/queue?page=2')).json();
    expect(second.requests.map((r: { intake: Intake }) => r.intake.goals)).toEqual(
      Array.from({ length: 10 }, (_, i) => `goal ${50 + i}`),
    );
    const bad = await alice('GET', '/api/advisers/queue?page=zero');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe('page: must be a page number');
  });

  it('decrypts only the summaries of the page shown, never a contact or a resume', () => {
    const db = openMemoryStore();
    migrate(db);
    const cipher = new DataCipher(randomBytes(32));
    const opened: string[] = [];
    const counting: Sealer = {
      encrypt: (text, id) => cipher.encrypt(text, id),
      decrypt: (text, id) => {
        const plain = cipher.decrypt(text, id);
        opened.push(plain);
        return plain;
      },
    };
    for (let i = 0; i < 120; i++) {
      const resumeDraft = shareDraft(db, counting, { basics: { label: `Analyst ${i}` } });
      submitIntake(db, counting, { ...INTAKE, resumeDraft });
    }
    const page = openRequests(db, counting);
    expect(page).toHaveLength(50);
    expect(page[0]?.hasResume).toBe(true);
    expect(opened).toHaveLength(50);
    expect(opened.some((text) => text.includes('Signal') || text.includes('Analyst'))).toBe(false);
  });
});
