import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { createAdviser } from '../../store/advisers-repo';
import { listSources } from '../../store/sources-repo';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

async function admin(env: Record<string, string> = {}) {
  const built = buildTestApp({ env });
  createAdviser(built.db, 'root@example.org', await hashPassword(TEST_PASSWORD), 'admin');
  const root = await signIn(built.app, 'root@example.org');
  await enrolSecondFactor(root, (s) => currentTotp(s));
  return { ...built, root };
}

describe('the admin "Add from catalogue" routes', () => {
  it('list the catalogue, add the picked entries with their display names, and say what was not added', async () => {
    const { db, root } = await admin();
    type Listing = { entries: { id: string; name: string; type: string; added: boolean }[] };
    const before = (await (await root('GET', '/api/admin/catalogue')).json()) as Listing;
    expect(before.entries.length).toBeGreaterThanOrEqual(60);
    expect(before.entries.find((e) => e.id === 'gh-stripe')).toMatchObject({
      name: 'Stripe',
      type: 'greenhouse',
      added: false,
    });

    const res = await root('POST', '/api/admin/catalogue', {
      ids: ['gh-stripe', 'wd-target', 'usajobs-1810'],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      added: ['gh-stripe', 'wd-target'],
      problems: [
        'usajobs-1810: USAJOBS needs USAJOBS_USER_AGENT_EMAIL, the email registered with your API key',
      ],
    });
    expect(listSources(db).map((s) => [s.id, s.type, s.name])).toEqual([
      ['gh-stripe', 'greenhouse', 'Stripe'],
      ['wd-target', 'workday', 'Target'],
    ]);
    const after = (await (await root('GET', '/api/admin/catalogue')).json()) as Listing;
    expect(after.entries.filter((e) => e.added).map((e) => e.id)).toEqual(['gh-stripe', 'wd-target']);

    // Adding again leaves them as they are.
    const again = await root('POST', '/api/admin/catalogue', { ids: ['gh-stripe'] });
    expect(await again.json()).toEqual({ added: [], problems: [] });
  });

  it('refuse an unknown entry or an empty pick with a message naming the field', async () => {
    const { root } = await admin();
    const unknown = await root('POST', '/api/admin/catalogue', { ids: ['gh-nobody'] });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      'ids: no catalogue entry called gh-nobody',
    );
    const empty = await root('POST', '/api/admin/catalogue', { ids: [] });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toContain('ids');
  });
});
