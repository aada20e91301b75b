import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { createScorer } from '../../core/fit/create-scorer';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import { createAdviser } from '../../store/advisers-repo';
import { upsertLead } from '../../store/lead-upsert';
import { getLead } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import { rescoreLeads } from '../../store/rescore-leads';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

const score = createScorer();

/** Stores (or, crawled again, refreshes) one posting the way the crawl pipeline does. */
function crawl(db: Store, description: string): string {
  const lead = normaliseLead(
    rawLeadSchema.parse({
      sourceLeadId: 'ops-1',
      url: 'https://jobs.example.test/ops-1',
      title: 'Operations Analyst',
      company: 'Harbor Freight Lines',
      descriptionHtml: `<p>${description}</p>`,
    }),
  );
  return db.transaction(
    () =>
      upsertLead(
        db,
        { lead, sourceId: 'greenhouse', sourceType: 'greenhouse', ...score(lead) },
        new Date().toISOString(),
      ).id,
  )();
}

async function setup() {
  const built = buildTestApp({});
  const hash = await hashPassword(TEST_PASSWORD);
  createAdviser(built.db, 'root@example.org', hash, 'admin');
  createAdviser(built.db, 'alice@example.org', hash, 'adviser');
  const root = await signIn(built.app, 'root@example.org');
  await enrolSecondFactor(root, (s) => currentTotp(s));
  const alice = await signIn(built.app, 'alice@example.org');
  const id = crawl(built.db, 'Review cargo theft cases, interview drivers and write reports.');
  return { ...built, root, alice, id };
}

describe('an admin corrects a lead’s occupations and tracks', () => {
  it('rescores the lead at once, and the correction survives a recrawl and a full rescore', async () => {
    const { db, root, id } = await setup();
    const before = getLead(db, id)?.fit;
    const res = await root('PUT', `/api/admin/leads/${id}/fit`, {
      occupations: ['33-9021.00'],
      tracks: ['investigations', 'loss-prevention'],
    });
    expect(res.status).toBe(200);
    const { fit, correction } = await res.json();
    expect(fit.corrected).toBe(true);
    expect(fit.occupations[0]).toEqual({ code: '33-9021.00', title: 'Private Detectives and Investigators' });
    expect(fit.tracks).toEqual(['investigations', 'loss-prevention']);
    expect(fit.byBackground['criminal-investigator']).toBeGreaterThan(
      before?.byBackground['criminal-investigator'] ?? 1,
    );
    expect(correction).toMatchObject({ occupations: ['33-9021.00'], updatedBy: 'root@example.org' });

    crawl(db, 'Review cargo theft cases, interview drivers and write detailed reports for insurers.');
    expect(getLead(db, id)?.fit).toMatchObject({
      corrected: true,
      tracks: ['investigations', 'loss-prevention'],
    });
    expect(getLead(db, id)?.fit?.occupations[0]?.code).toBe('33-9021.00');

    await rescoreLeads(db, score);
    expect(getLead(db, id)?.fit).toMatchObject({ corrected: true, score: fit.score });

    const audit = db.prepare("SELECT action, target FROM audit_log WHERE action LIKE '%lead-fit%'").all();
    expect(audit).toEqual([{ action: 'correct-lead-fit', target: id }]);

    await root('PUT', `/api/admin/leads/${id}/fit`, { occupations: null, tracks: null });
    expect(getLead(db, id)?.fit?.corrected).toBeUndefined();
  });

  it('names an unknown occupation code, finds codes by title, and refuses advisers', async () => {
    const { root, alice, id } = await setup();
    const bad = await root('PUT', `/api/admin/leads/${id}/fit`, {
      occupations: ['99-9999.99'],
      tracks: null,
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe('occupations.0: no O*NET occupation has this code');
    const shape = await root('PUT', `/api/admin/leads/${id}/fit`, { occupations: ['fraud'], tracks: null });
    expect((await shape.json()).error.message).toBe(
      'occupations.0: must be an O*NET-SOC code such as 13-2099.04',
    );
    const found = await (await root('GET', '/api/admin/occupations?q=private+detectives')).json();
    expect(found.occupations).toEqual([
      { code: '33-9021.00', title: 'Private Detectives and Investigators' },
    ]);
    expect(
      (await alice('PUT', `/api/admin/leads/${id}/fit`, { occupations: null, tracks: null })).status,
    ).toBe(403);
  });
});
