import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { createAdviser } from '../../store/advisers-repo';
import { createInvite } from '../../store/invites-repo';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function setup() {
  const built = buildTestApp();
  const admin = createAdviser(built.db, 'root@example.org', await hashPassword(TEST_PASSWORD), 'admin');
  const root = await signIn(built.app, 'root@example.org');
  await enrolSecondFactor(root, (s) => currentTotp(s));
  return { ...built, root, adminId: admin.id };
}

describe('invite links', () => {
  it('let one person join once, and then sign in as an adviser', async () => {
    const { app, root } = await setup();
    const created = await root('POST', '/api/admin/invites', { role: 'adviser', expiresInDays: 3 });
    expect(created.status).toBe(201);
    const { path } = (await created.json()) as { path: string };
    const token = path.replace('/join/', '');
    expect((await (await app.request(`/api/invites/${token}`)).json()) as unknown).toEqual({
      role: 'adviser',
    });

    const joined = await app.request(
      `/api/invites/${token}/accept`,
      post({ email: 'dana@example.org', password: TEST_PASSWORD }),
    );
    expect(joined.status).toBe(201);
    expect(joined.headers.get('set-cookie')).toMatch(/offramp_session=/);

    const again = await app.request(
      `/api/invites/${token}/accept`,
      post({ email: 'eve@example.org', password: TEST_PASSWORD }),
    );
    expect(again.status).toBe(404);
    expect((await app.request(`/api/invites/${token}`)).status).toBe(404);
    const dana = await signIn(app, 'dana@example.org');
    expect((await dana('GET', '/api/advisers/clients')).status).toBe(200);
  });

  it('stop working once expired or revoked', async () => {
    const { app, db, root, adminId } = await setup();
    const old = createInvite(db, 'adviser', adminId, 1, new Date(Date.now() - 2 * 86_400_000));
    expect((await app.request(`/api/invites/${old.token}`)).status).toBe(404);

    const { path, id } = (await (await root('POST', '/api/admin/invites', {})).json()) as {
      path: string;
      id: string;
    };
    expect((await root('DELETE', `/api/admin/invites/${id}`)).status).toBe(200);
    const res = await app.request(
      `${path.replace('/join/', '/api/invites/')}/accept`,
      post({ email: 'f@example.org', password: TEST_PASSWORD }),
    );
    expect(res.status).toBe(404);
    const { invites } = (await (await root('GET', '/api/admin/invites')).json()) as {
      invites: { id: string; status: string }[];
    };
    expect(invites.find((i) => i.id === id)?.status).toBe('revoked');
  });

  it('name a weak password and keep the invite usable', async () => {
    const { app, root } = await setup();
    const { path } = (await (await root('POST', '/api/admin/invites', {})).json()) as { path: string };
    const url = `${path.replace('/join/', '/api/invites/')}/accept`;
    const weak = await app.request(url, post({ email: 'g@example.org', password: 'short' }));
    expect(weak.status).toBe(400);
    expect(JSON.stringify(await weak.json())).toContain('password');
    const taken = await app.request(url, post({ email: 'root@example.org', password: TEST_PASSWORD }));
    expect(taken.status).toBe(409);
    expect((await app.request(url, post({ email: 'g@example.org', password: TEST_PASSWORD }))).status).toBe(
      201,
    );
  });

  it('are only made by admins', async () => {
    const { app, db } = await setup();
    createAdviser(db, 'h@example.org', await hashPassword(TEST_PASSWORD), 'adviser');
    const h = await signIn(app, 'h@example.org');
    expect((await h('POST', '/api/admin/invites', {})).status).toBe(403);
  });

  it('carry the admin’s label, and a cut-off link reads as a plain sentence, not a validation message', async () => {
    const { app, root } = await setup();
    await root('POST', '/api/admin/invites', { label: 'Dana, Tucson meetup' });
    await root('POST', '/api/admin/invites', { label: 'Sam (career fair)', role: 'admin' });
    const { invites } = await (await root('GET', '/api/admin/invites')).json();
    expect(invites.map((i: { label: string; role: string }) => [i.label, i.role]).sort()).toEqual([
      ['Dana, Tucson meetup', 'adviser'],
      ['Sam (career fair)', 'admin'],
    ]);
    const cut = await app.request('/api/invites/abc');
    expect(cut.status).toBe(404);
    expect((await cut.json()).error.message).toBe(
      'This invite link is not valid. It may have expired, been used, or been withdrawn.',
    );
  });
});
