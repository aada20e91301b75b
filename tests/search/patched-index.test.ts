import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundIds } from '../../core/fit/backgrounds';
import { trackIds } from '../../core/fit/tracks';
import type { SearchQueryInput } from '../../core/search/search-query';
import { searchQuerySchema } from '../../core/search/search-query';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { curateLead } from '../../store/curation-repo';
import { migrate } from '../../store/migrate';
import type { Store } from '../../store/open-store';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../helpers/synthetic-leads';

const NOW = new Date(Date.UTC(2026, 10, 20));

/** Searches that read every part of the index: text, typos, prefixes, filters, facets and orders. */
const QUERIES: SearchQueryInput[] = [
  { q: 'fraud investigator' },
  { q: 'secu' },
  { q: 'frawd' },
  { q: 'quokka' },
  { q: 'quokak' },
  { q: 'wombat ranger' },
  { q: 'rangers' },
  { q: 'rangerz wombat' },
  { q: 'wom' },
  { q: 'records', sort: 'newest' },
  { q: '' },
  { q: '', sort: 'newest' },
  { q: '', sort: 'salary', fitFloor: false },
  { q: '', sort: 'fit', background: 'criminal-investigator' },
  { q: '', remote: ['remote'] },
  { q: '', remote: ['hybrid', 'onsite'] },
  { q: '', employmentType: ['contract'] },
  { q: '', tracks: [trackIds[1] as (typeof trackIds)[number]] },
  { q: '', status: 'all', showExcluded: true, perPage: 50 },
  { q: '', status: 'closed' },
  { q: '', curatedOnly: true },
  { q: 'analyst', page: 2, perPage: 5 },
  { q: 'paralegal' },
  { q: 'legal assistant records' },
  { q: 'ranger', sort: 'salary' },
  // Browses with thresholds: counted from bitsets (browse-page.ts), paged by walking an order or by rank.
  { q: '', minFit: 0.6, background: 'criminal-investigator' },
  { q: '', remote: ['remote', 'hybrid'], sort: 'salary' },
  { q: '', minSalary: 90_000, sort: 'newest', page: 2, perPage: 5 },
  { q: '', postedWithinDays: 14, employmentType: ['contract'], minFit: 0.3 },
  { q: '', company: ['Quokka Labs', 'Acme Logistics'], sort: 'fit' },
  { q: '', tracks: [trackIds[0] as (typeof trackIds)[number], trackIds[2] as (typeof trackIds)[number]] },
  { q: '', curatedOnly: true, minFit: 0.2, sort: 'newest' },
  { q: '', noDegree: true, hideEnforcement: true, region: 'AZ' },
  { q: '', status: 'all', minFit: 0.9, sort: 'salary' },
];

/** Words the edits bring in and take away again, so terms appear in and vanish from the vocabulary. */
const NEW_WORDS = ['quokka', 'wombat', 'ranger', 'rangers', 'fraud', 'analyst', 'records', 'numbat'];

type Edit =
  | { kind: 'retitle'; lead: number; words: [number, number] }
  | { kind: 'describe'; lead: number; word: number }
  | { kind: 'insert'; words: [number, number] }
  | { kind: 'close' | 'reopen' | 'delete' | 'pin' | 'unpin' | 'hide' | 'unhide'; lead: number }
  | { kind: 'rescore'; lead: number; score: number }
  | { kind: 'move'; lead: number; remote: number; company: number };

/** Employers the edits move leads to: the last two are in no lead until an edit brings them. */
const COMPANIES = ['Acme Logistics', 'Desert Health', 'Numbat Works', 'Quokka Labs'];

// A few leads, edited again and again: words come and go, so terms vanish from the index too.
const lead = fc.integer({ min: 1, max: 12 });
const word = fc.integer({ min: 0, max: NEW_WORDS.length - 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('retitle' as const), lead, words: fc.tuple(word, word) }),
  fc.record({ kind: fc.constant('describe' as const), lead, word }),
  fc.record({ kind: fc.constant('insert' as const), words: fc.tuple(word, word) }),
  fc.record({
    kind: fc.constantFrom('close', 'reopen', 'delete', 'pin', 'unpin', 'hide', 'unhide'),
    lead,
  }) as fc.Arbitrary<Edit>,
  fc.record({ kind: fc.constant('rescore' as const), lead, score: fc.integer({ min: 0, max: 100 }) }),
  fc.record({
    kind: fc.constant('move' as const),
    lead,
    remote: fc.integer({ min: 0, max: 2 }),
    company: fc.integer({ min: 0, max: COMPANIES.length - 1 }),
  }),
);

let inserted = 0;

/** One edit, written as the crawler, rescoring or an adviser would write it. */
function apply(db: Store, e: Edit): void {
  const idAt = (rowid: number) =>
    (
      db.prepare('SELECT id FROM leads WHERE rowid >= ? ORDER BY rowid LIMIT 1').get(rowid) as
        | { id: string }
        | undefined
    )?.id;
  const title = (w: [number, number]) =>
    `${NEW_WORDS[w[0]]} ${NEW_WORDS[w[1]]}`.replace(/^./, (c) => c.toUpperCase());
  if (e.kind === 'insert') {
    const before = (db.prepare('SELECT max(rowid) AS m FROM leads').get() as { m: number }).m;
    fillStore(db, 1);
    inserted++;
    db.prepare('UPDATE leads SET title = ?, source_lead_id = ? WHERE rowid > ?').run(
      title(e.words),
      `new-${inserted}`,
      before,
    );
    return;
  }
  const id = idAt(e.lead);
  if (!id) return;
  const set = (sql: string, ...args: unknown[]) =>
    db.prepare(`UPDATE leads SET ${sql} WHERE id = ?`).run(...args, id);
  switch (e.kind) {
    case 'retitle':
      return void set('title = ?', title(e.words));
    case 'describe':
      return void set(
        'description = ?',
        `Work on ${NEW_WORDS[e.word]} cases with the ${NEW_WORDS[e.word]} team.`,
      );
    case 'close':
      return void set("status = 'closed', closed_reason = 'no longer listed'");
    case 'reopen':
      return void set("status = 'open', closed_reason = NULL");
    case 'delete':
      return void db.prepare('DELETE FROM leads WHERE id = ?').run(id);
    case 'pin':
    case 'unpin':
      return void curateLead(
        db,
        id,
        { pinned: e.kind === 'pin', note: e.kind === 'pin' ? 'Worth a look' : null },
        'test',
      );
    case 'hide':
    case 'unhide':
      return void curateLead(db, id, { hidden: e.kind === 'hide' }, 'test');
    case 'move':
      return void set(
        'remote = ?, company = ?',
        ['remote', 'hybrid', 'onsite'][e.remote],
        COMPANIES[e.company],
      );
    case 'rescore': {
      const score = e.score / 100;
      const fit = {
        score,
        byBackground: Object.fromEntries(backgroundIds.map((b, k) => [b, ((e.score + k * 7) % 100) / 100])),
        tracks: [trackIds[e.score % trackIds.length]],
        occupations: [],
        reasons: ['Rescored'],
        enforcementRole: e.score % 9 === 0,
      };
      return void set(
        'fit = ?, fit_score = ?, tracks = ?',
        JSON.stringify(fit),
        score,
        JSON.stringify(fit.tracks),
      );
    }
  }
}

describe('the patched search index', () => {
  let db: Store;
  let patched: EmbeddedSearchEngine;
  beforeAll(async () => {
    db = openMemoryStore();
    migrate(db);
    fillStore(db, 400);
    // No watch timer: every patch here is the one the next search makes.
    patched = new EmbeddedSearchEngine(db, { clock: () => NOW, watchMs: 0 });
    for (const q of QUERIES) await patched.search(searchQuerySchema.parse(q));
  });
  afterAll(async () => {
    await patched.close();
    db.close();
  });

  it('returns exactly the pages and facet counts of a freshly built one after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        for (const e of edits) apply(db, e);
        const fresh = new EmbeddedSearchEngine(db, { clock: () => NOW, watchMs: 0 });
        // Matching and scoring through FTS5 on every search, not from the patched occurrence lists.
        const throughFts = new EmbeddedSearchEngine(db, { clock: () => NOW, watchMs: 0, postings: false });
        for (const input of QUERIES) {
          const q = searchQuerySchema.parse(input);
          const result = await patched.search(q);
          expect(result, JSON.stringify(input)).toEqual(await fresh.search(q));
          expect(result, `${JSON.stringify(input)} through FTS5`).toEqual(await throughFts.search(q));
        }
        await fresh.close();
        await throughFts.close();
      }),
      { numRuns: 25, seed: 18 },
    );
    // Three engines and 25 QUERIES per run: seconds on a quiet host, more on a busy one.
  }, 120_000);
});
