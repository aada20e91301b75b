import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { createAdviser } from '../../store/advisers-repo';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';
import { corpusStore } from '../search/corpus';

async function setup() {
  const built = buildTestApp({ db: corpusStore().db });
  createAdviser(built.db, 'root@example.org', await hashPassword(TEST_PASSWORD), 'admin');
  const root = await signIn(built.app, 'root@example.org');
  await enrolSecondFactor(root, (s) => currentTotp(s));
  return { ...built, root };
}

const detention = {
  id: 'detention-titles',
  kind: 'pattern',
  match: '\\bdetention officer\\b',
  reason: 'Detention work, excluded by default',
};

describe('exclusion rules an admin can check before saving', () => {
  it('counts the open jobs each rule matches, with examples', async () => {
    const { root } = await setup();
    const { rules } = await (await root('GET', '/api/admin/exclusions')).json();
    await root('PUT', '/api/admin/exclusions', { rules: [...rules, detention] });
    const { hits } = await (await root('GET', '/api/admin/exclusions/hits')).json();
    expect(hits['detention-titles']).toEqual({
      count: 1,
      examples: [{ title: 'Detention Officer', company: expect.any(String) }],
    });
  });

  it('tests a draft rule against a typed title and the jobs it would hide', async () => {
    const { root } = await setup();
    const tried = await root('POST', '/api/admin/exclusions/test', {
      rule: detention,
      title: 'Senior Detention Officer (nights)',
    });
    expect(await tried.json()).toMatchObject({ matchesSample: true, count: 1 });
    const miss = await root('POST', '/api/admin/exclusions/test', {
      rule: detention,
      title: 'Fraud Investigator',
    });
    expect((await miss.json()).matchesSample).toBe(false);
  });

  it('names the rule whose pattern is bad, when testing and when saving', async () => {
    const { root } = await setup();
    const bad = { ...detention, id: 'broken-one', match: '(unclosed' };
    const tried = await root('POST', '/api/admin/exclusions/test', { rule: bad, title: 'x' });
    expect(tried.status).toBe(400);
    expect((await tried.json()).error.message).toMatch(
      /^The rule “broken-one” cannot be used: its match is not a valid pattern/,
    );
    const { rules } = await (await root('GET', '/api/admin/exclusions')).json();
    const saved = await root('PUT', '/api/admin/exclusions', { rules: [...rules, bad] });
    expect(saved.status).toBe(400);
    expect((await saved.json()).error.message).toMatch(
      /^The rule “broken-one” cannot be saved: its match is not a valid pattern/,
    );
    const slow = await root('POST', '/api/admin/exclusions/test', { rule: { ...bad, match: '(a+)+$' } });
    expect((await slow.json()).error.message).toBe(
      'The rule “broken-one” cannot be used: its match could take very long on some text (nested repetition); simplify the pattern.',
    );
  });
});
