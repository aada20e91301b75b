import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { createAdviser } from '../../store/advisers-repo';
import { signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

type App = ReturnType<typeof buildTestApp>['app'];

async function setup(env: Record<string, string> = {}) {
  const built = buildTestApp({ env });
  const hash = await hashPassword(TEST_PASSWORD);
  createAdviser(built.db, 'alice@example.org', hash, 'adviser');
  createAdviser(built.db, 'bob@example.org', hash, 'adviser');
  const alice = await signIn(built.app, 'alice@example.org');
  const bob = await signIn(built.app, 'bob@example.org');
  return { ...built, alice, bob };
}

const INTAKE = {
  background: 'immigration-enforcement',
  location: 'Tucson, AZ',
  workplace: 'remote',
  goals: 'Investigations outside enforcement',
  timing: 'within-3-months',
  contact: 'Signal +1 555 0100',
};

async function submit(app: App) {
  const res = await app.request('/api/intake', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(INTAKE),
  });
  return (await res.json()) as { receipt: string };
}

describe('confidential intake', () => {
  it('takes a request without an account, stores it encrypted, and gives a receipt code', async () => {
    const { app, db } = await setup();
    const { receipt } = await submit(app);
    expect(receipt).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const stored = JSON.stringify(db.prepare('SELECT * FROM intake_requests').all());
    expect(stored).not.toContain('Signal');
    expect(stored).not.toContain('Tucson');
    expect(stored).not.toContain(receipt);
    const status = await app.request('/api/intake/status', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ receipt }),
    });
    expect(await status.json()).toEqual({ status: 'open' });
  });

  it('names the missing field of an incomplete request', async () => {
    const { app } = await setup();
    const res = await app.request('/api/intake', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...INTAKE, contact: '' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^contact: /);
  });

  it('lets the seeker withdraw with the receipt code', async () => {
    const { app } = await setup();
    const { receipt } = await submit(app);
    const body = JSON.stringify({ receipt });
    expect(
      (
        await app.request('/api/intake/withdraw', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await app.request('/api/intake/status', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })
      ).status,
    ).toBe(404);
  });
});

describe('the adviser workspace', () => {
  it('shows the queue without the contact, and a claim makes a pseudonymous client', async () => {
    const { app, alice } = await setup();
    await submit(app);
    const queue = await (await alice('GET', '/api/advisers/queue')).json();
    expect(queue.requests).toHaveLength(1);
    expect(JSON.stringify(queue)).not.toContain('Signal');
    const claim = await alice('POST', `/api/advisers/queue/${queue.requests[0].id}/claim`);
    expect(claim.status).toBe(201);
    const { client } = await claim.json();
    expect(client.label).toMatch(/^[A-Z][a-z]+ [0-9A-F]{4}$/);
    const detail = await (await alice('GET', `/api/advisers/clients/${client.id}`)).json();
    expect(detail.client.intake.contact).toBe('Signal +1 555 0100');
    expect((await (await alice('GET', '/api/advisers/queue')).json()).requests).toHaveLength(0);
  });

  it('keeps notes encrypted and lets the adviser move the stage', async () => {
    const { app, alice, db } = await setup();
    await submit(app);
    const [request] = (await (await alice('GET', '/api/advisers/queue')).json()).requests;
    const { client } = await (await alice('POST', `/api/advisers/queue/${request.id}/claim`)).json();
    const res = await alice('PATCH', `/api/advisers/clients/${client.id}`, {
      stage: 'applying',
      notes: 'Prefers fraud investigation roles',
    });
    expect((await res.json()).client).toMatchObject({
      stage: 'applying',
      notes: 'Prefers fraud investigation roles',
    });
    expect(JSON.stringify(db.prepare('SELECT notes FROM clients').all())).not.toContain('fraud');
  });

  it('does not let one adviser read, change or forget another adviser’s client', async () => {
    const { app, alice, bob } = await setup();
    await submit(app);
    const [request] = (await (await alice('GET', '/api/advisers/queue')).json()).requests;
    const { client } = await (await alice('POST', `/api/advisers/queue/${request.id}/claim`)).json();
    expect((await bob('GET', `/api/advisers/clients/${client.id}`)).status).toBe(404);
    expect((await bob('PATCH', `/api/advisers/clients/${client.id}`, { notes: 'mine now' })).status).toBe(
      404,
    );
    expect((await bob('DELETE', `/api/advisers/clients/${client.id}`)).status).toBe(404);
    expect((await (await bob('GET', '/api/advisers/clients')).json()).clients).toEqual([]);
    expect((await bob('POST', `/api/advisers/queue/${request.id}/claim`)).status).toBe(404);
    expect((await (await alice('GET', `/api/advisers/clients/${client.id}`)).json()).client.notes).toBe('');
  });

  it('answers 401 to every workspace route without a session', async () => {
    const { app } = await setup();
    for (const [method, path] of [
      ['GET', '/api/advisers/queue'],
      ['POST', '/api/advisers/queue/00000000-0000-4000-8000-000000000000/claim'],
      ['GET', '/api/advisers/clients'],
      ['GET', '/api/advisers/clients/00000000-0000-4000-8000-000000000000'],
      ['PATCH', '/api/advisers/clients/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/api/advisers/clients/00000000-0000-4000-8000-000000000000'],
    ]) {
      const res = await app.request(path as string, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('refuses a claim beyond the adviser’s capacity with 409', async () => {
    const { app, alice } = await setup({ ADVISER_CAPACITY: '1' });
    await submit(app);
    await submit(app);
    const requests = (await (await alice('GET', '/api/advisers/queue')).json()).requests;
    expect((await alice('POST', `/api/advisers/queue/${requests[0].id}/claim`)).status).toBe(201);
    const second = await alice('POST', `/api/advisers/queue/${requests[1].id}/claim`);
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe('at_capacity');
  });

  it('forgets a client completely and records the action without its content', async () => {
    const { app, alice, db } = await setup();
    await submit(app);
    const [request] = (await (await alice('GET', '/api/advisers/queue')).json()).requests;
    const { client } = await (await alice('POST', `/api/advisers/queue/${request.id}/claim`)).json();
    expect((await alice('DELETE', `/api/advisers/clients/${client.id}`)).status).toBe(200);
    expect(db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM intake_requests').get()).toEqual({ n: 0 });
    const actions = (
      db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]
    ).map((r) => r.action);
    // Only that a client was forgotten is kept: the earlier entries that named this client are gone.
    expect(actions).toContain('forget-client');
    expect(actions).not.toContain('claim-request');
    const audit = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain('Signal');
    expect(audit).not.toContain(client.id);
  });
});
