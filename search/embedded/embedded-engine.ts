import { topReasonFor } from '../../core/fit/fit-for-background';
import type { SearchHit, SearchQuery, SearchResult } from '../../core/search/search-query';
import { MAX_TOTAL_HITS } from '../../core/search/search-query';
import { SYNONYM_GROUPS, synonymMap } from '../../core/search/synonyms';
import { TEXT_COLUMN_NAMES, textValuesSql } from '../../core/search/text-index-schema';
import { changeAndFence, changeSequence, countChangedSince } from '../../store/data-version';
import type { IndexableLead } from '../../store/indexable-leads';
import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import { fitFromText } from '../../store/stored-fit';
import type { EngineHealth } from '../engine-health';
import { escapeHighlight } from '../highlight';
import type { EngineSettings, SearchEngine } from '../search-engine';
import { pageCandidates, scoreBm25 } from './bm25-scoring';
import { browsePage } from './browse-page';
import { collectMatches } from './collect-matches';
import { compileFilter } from './compile-filter';
import { facetCounter } from './facet-counter';
import { fitExpression } from './fit-expression';
import { coarseKey, comparator, onlyDefaultFilters, topK } from './index-query';
import { buildMatch } from './match-expression';
import { oneFilterFacets } from './one-filter-facets';
import { addTitleHits, matchPositions, scoreFromPostings } from './posting-match';
import { expandPrefixes } from './prefix-terms';
import { PATCH_SLICE, Snapshot, yieldToOthers } from './snapshot';
import type { HighlightTerms } from './text-highlighter';
import { highlightText, snippetText } from './text-highlighter';

const MARK_OPEN = '\u0001';
const MARK_CLOSE = '\u0002';

interface HitRow {
  id: string;
  title: string;
  company: string;
  location: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  remote: SearchHit['remote'];
  employment_type: SearchHit['employmentType'];
  salary: string | null;
  url: string;
  apply_url: string | null;
  source_id: string;
  source_type: SearchHit['sourceType'];
  posted_at: string | null;
  closes_at: string | null;
  status: 'open' | 'closed';
  fit: string | null;
  ranked_fit: number;
  tracks: string;
  excluded: string | null;
  pinned: number | null;
  note: string | null;
  description: string;
  hl_title: string | null;
  hl_description: string | null;
}

export interface EmbeddedOptions {
  clock?: () => Date;
  /**
   * The most pending changes a patch applies; more (a rescore of everything, a restore) rebuild
   * the snapshot off the request path instead. Default: a twentieth of the leads, 1,000 to 20,000.
   */
  patchLimit?: number;
  /** How often to look for changes made by this process or another (ms); 0 turns the watch off. */
  watchMs?: number;
  /**
   * False: match and score text through FTS5 for every search rather than from the occurrence lists
   * held in memory (phrase-postings.ts). Both give the same results; tests compare them.
   */
  postings?: boolean;
}

/**
 * SQLite FTS5 in the store itself: the default engine, nothing to set up. Triggers keep the FTS5
 * table in step with `leads` inside each write's own transaction; the in-memory snapshot (columns
 * for filters, facets and orders; row lengths; vocabulary) follows the store's change log.
 *
 * Searches never rebuild. Changed leads are patched into the snapshot: when the crawl hands them
 * over (`sync`), when a watch timer sees the change sequence move (another process, such as a CLI
 * crawl, wrote the store), or, for the few changes that land between two looks, by the search
 * that notices them. A change too large to patch rebuilds a new snapshot in slices that yield,
 * while searches answer from the previous one and health says "refreshing".
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private synonyms = synonymMap(SYNONYM_GROUPS);
  private readonly clock: () => Date;
  private snapshot: Snapshot | undefined;
  private building: Promise<Snapshot> | undefined;
  private patching: Promise<void> | undefined;
  private watch: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly db: Store,
    options: EmbeddedOptions | (() => Date) = {},
  ) {
    const opts = typeof options === 'function' ? { clock: options } : options;
    this.clock = opts.clock ?? (() => new Date());
    this.options = opts;
  }

  private readonly options: EmbeddedOptions;

  async health(): Promise<EngineHealth> {
    try {
      // Prepared once (statement() keeps it): health is checked every few seconds under load.
      statement(this.db, 'SELECT count(*) FROM leads_fts WHERE leads_fts MATCH \'"health"\'').get();
      return { engine: this.name, status: 'ok', index: this.building ? 'refreshing' : 'ready' };
    } catch (error) {
      return { engine: this.name, status: 'unavailable', message: (error as Error).message };
    }
  }

  /**
   * The crawl's index step, rescoring and curation hand over what they changed: patched in now, off
   * any request. Resolves once the snapshot holds every change committed before the call, so the
   * caller's next search shows its own write.
   */
  async sync(_changes: { upserted: IndexableLead[]; deleted: string[] }): Promise<void> {
    if (this.snapshot) await this.caughtUp(changeSequence(this.db));
  }

  /**
   * Whether a search now answers from a snapshot that holds every change in the store (nothing
   * being rebuilt or patched in, nothing pending): only such an answer may be cached under the
   * store's data version.
   */
  upToDate(): boolean {
    const snapshot = this.snapshot;
    // No snapshot yet: the search builds one from the whole store, and waits for it.
    if (!snapshot) return true;
    return !this.building && !this.patching && !snapshot.pending(this.db).behind;
  }

  async applySettings(settings: EngineSettings): Promise<void> {
    this.synonyms = synonymMap(settings.synonyms);
  }

  /**
   * Rewrites the FTS5 table from the leads (after a change to the text-index schema or a restore),
   * then rebuilds the snapshot off the request path.
   */
  async reindex(
    db: Store,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ documents: number }> {
    const columns = TEXT_COLUMN_NAMES.join(', ');
    // One transaction: readers keep seeing the old index until the new one commits (WAL).
    const documents = db.transaction(() => {
      db.exec("INSERT INTO leads_fts (leads_fts) VALUES ('delete-all')");
      db.exec(`INSERT INTO leads_fts (rowid, ${columns}) SELECT rowid, ${textValuesSql('leads')} FROM leads`);
      db.exec("INSERT INTO leads_fts (leads_fts) VALUES ('optimize')");
      return (db.prepare('SELECT count(*) AS n FROM leads_fts').get() as { n: number }).n;
    })();
    await this.rebuild();
    onProgress?.(documents, documents);
    return { documents };
  }

  /** Resolves once no rebuild is running (a CLI command waits for it before it exits). */
  async settled(): Promise<void> {
    while (this.building || this.patching) await (this.building ?? this.patching)?.catch(() => undefined);
  }

  /** Builds a new snapshot in slices; the previous one keeps answering until it is swapped in. */
  private rebuild(): Promise<Snapshot> {
    this.building ??= Snapshot.build(this.db)
      .then((fresh) => {
        this.snapshot = fresh;
        return fresh;
      })
      .finally(() => {
        this.building = undefined;
      });
    return this.building;
  }

  private patchLimit(): number {
    const size = this.snapshot?.index.size ?? 0;
    return this.options.patchLimit ?? Math.min(20_000, Math.max(1_000, Math.round(size / 20)));
  }

  /**
   * Brings the snapshot up to the store: a patch when the change is small (in slices that yield;
   * one patch at a time), else a rebuild. Resolves when the patch is in.
   */
  private refresh(): Promise<void> {
    if (this.patching) return this.patching;
    const snapshot = this.snapshot;
    if (!snapshot || this.building) return Promise.resolve();
    const { now, behind } = snapshot.pending(this.db);
    if (!behind) return Promise.resolve();
    const pending =
      now < snapshot.change ? Number.POSITIVE_INFINITY : countChangedSince(this.db, snapshot.change);
    // The sequence went back (the store was restored from a backup): nothing to patch from.
    if (pending > this.patchLimit()) {
      void this.rebuild().catch(() => undefined);
      return Promise.resolve();
    }
    // A change of one slice or less (a pin, a few leads) is applied now, in this turn, so a search
    // that noticed it shows it; a larger one (a crawl's page) starts on the next turn, so the
    // search that noticed it answers at once from the snapshot as it stands.
    const patching = snapshot
      .patch(this.db, yieldToOthers, { deferred: pending > PATCH_SLICE })
      .then(() => undefined)
      .finally(() => {
        this.patching = undefined;
      });
    this.patching = patching;
    return patching;
  }

  /**
   * Waits until the snapshot holds the change sequence up to `target`: the patch or rebuild under
   * way first (it may have started before that change), then another patch for what is left.
   */
  private async caughtUp(target: number): Promise<void> {
    // Bounded: each round either finishes a patch or a rebuild, or finds nothing left to do.
    for (let round = 0; round < 100; round++) {
      const under = this.building ?? this.patching;
      if (under) {
        await under.then(
          () => undefined,
          () => undefined,
        );
        continue;
      }
      const snapshot = this.snapshot;
      if (!snapshot || snapshot.change >= target || !snapshot.pending(this.db).behind) return;
      await this.refresh();
    }
  }

  /**
   * The snapshot a search answers from: built on first use, then kept fresh (see the class comment).
   *
   * A search never waits for a crawl's changes to be patched in. It starts the patch when it is the
   * first to notice them: a change of one slice or less (PATCH_SLICE leads, a few ms) is applied at
   * once, so it is in this very answer; a larger one follows in slices between requests, and the
   * search answers from the snapshot as it stands (each lead either as it was or as it is). The one
   * wait is for the fence (migration 0026): a person's own edit that this search must show, such as
   * an admin's curation made on the main thread and searched on a worker.
   */
  private async current(): Promise<Snapshot> {
    if (!this.snapshot) await this.rebuild();
    this.startWatch();
    const snapshot = this.snapshot as Snapshot;
    const { changes, fence } = changeAndFence(this.db);
    if (fence > snapshot.change) await this.caughtUp(fence);
    else if (changes !== snapshot.change) void this.refresh().catch(() => undefined);
    return this.snapshot as Snapshot;
  }

  private startWatch(): void {
    const every = this.options.watchMs ?? 250;
    if (this.watch || every <= 0) return;
    this.watch = setInterval(() => {
      Promise.resolve()
        .then(() => this.refresh())
        .catch(() => {
          // The store was closed under us (shutdown, or a test's end): stop watching it.
          this.stopWatch();
        });
    }, every);
    this.watch.unref();
  }

  private stopWatch(): void {
    if (this.watch) clearInterval(this.watch);
    this.watch = undefined;
  }

  private buffers: { score: Float64Array; titleHits: Int32Array } | undefined;

  /**
   * Per-position scores and title hits, kept between searches. A search writes every position it
   * reads (title hits for each match, a score for each candidate), so what an earlier one left is
   * never read. Fresh arrays each time meant allocating and zeroing over a megabyte per search at
   * 100,000 leads, and more garbage for V8 to collect.
   */
  private scratch(size: number): { score: Float64Array; titleHits: Int32Array } {
    if ((this.buffers?.score.length ?? -1) < size)
      this.buffers = { score: new Float64Array(size), titleHits: new Int32Array(size) };
    return this.buffers as { score: Float64Array; titleHits: Int32Array };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { index, lengths, vocabulary, postings } = await this.current();
    const plan = buildMatch(query.q, vocabulary, this.synonyms);
    const filter = compileFilter(index, query, this.clock());
    const facets = facetCounter(index);
    const offset = (query.page - 1) * query.perPage;
    let total = 0;
    let page: number[] = [];
    let facetResult: SearchResult['facets'] | null = null;

    if (plan.expression) {
      // Text: the phrases' occurrence lists (or FTS5) find the matches; filters, facets and order
      // run in memory.
      const { score, titleHits } = this.scratch(index.capacity);
      const clauses = plan.clauses.slice(0, 6);
      const fromMemory =
        this.options.postings !== false && plan.groups.every((g) => g.every((p) => p.tokens.length > 0));
      let ranked: number[];
      if (fromMemory) {
        const lists = plan.groups.map((g) => g.map((p) => postings.get(p)));
        // No clauses: title hits come from the lists, after collectMatches has zeroed the matches'.
        const matched = collectMatches(matchPositions(lists), index, filter, facets, [], titleHits);
        addTitleHits(lists, clauses.length, titleHits);
        total = matched.length;
        ranked = matched;
        if (query.sort === 'relevance') {
          // Ascending positions, as scoreFromPostings walks them beside each list.
          ranked = pageCandidates(index, matched, titleHits, offset + query.perPage);
          scoreFromPostings(this.db, lists.flat(), ranked, lengths, score);
        }
      } else {
        const found = this.matches(expandPrefixes(plan.expression, vocabulary));
        const positions = found.map((r) => index.positionOf(r));
        const matched = collectMatches(positions, index, filter, facets, clauses, titleHits);
        total = matched.length;
        ranked = matched;
        if (query.sort === 'relevance') {
          ranked = pageCandidates(index, matched, titleHits, offset + query.perPage);
          scoreBm25(this.db, plan.expression, ranked, found.length, index, score, vocabulary, lengths);
        }
      }
      const text = { score, titleHits };
      page = topK(
        ranked,
        offset + query.perPage,
        comparator(index, query, text),
        coarseKey(index, query, text),
      ).slice(offset);
    } else {
      // No text: the page comes from a precomputed order, so nothing is sorted per search.
      const key = query.sort === 'relevance' ? 'fit' : query.sort;
      const defaults = onlyDefaultFilters(query)
        ? index.defaultFacets(() => facetCounter(index))
        : oneFilterFacets(index, query);
      if (defaults) {
        // The landing page's counts, and those of a one-facet browse, are known: walk the order
        // only until the page is full.
        let passed = 0;
        index.order(key, query.background).walk((i) => {
          if (!filter.passes(i)) return true;
          if (passed >= offset) page.push(i);
          passed++;
          return passed < offset + query.perPage;
        });
        total = defaults.total;
        facetResult = defaults.facets;
      } else {
        ({ total, page } = browsePage(index, key, query.background, filter, facets, offset, query.perPage));
      }
    }

    const rows = this.rowsFor(
      page.map((i) => index.rowids[i] ?? 0),
      plan.expression ? plan.terms : null,
      query,
    );
    return {
      total,
      page: query.page,
      perPage: query.perPage,
      pages: Math.ceil(Math.min(total, MAX_TOTAL_HITS) / query.perPage),
      facets: facetResult ?? facets.result(),
      hits: rows.map((row) => toHit(row, query.background)),
      ...(plan.corrected && plan.corrected !== query.q.toLowerCase()
        ? { correctedQuery: plan.corrected }
        : {}),
    };
  }

  /**
   * The rowid of every lead the expression matches, as one aggregated string rather than one JS
   * object per row: for a broad query, building row objects cost more than the matching itself.
   */
  private matches(expression: string): number[] {
    const list = statement(
      this.db,
      'SELECT group_concat(rowid) AS list FROM leads_fts WHERE leads_fts MATCH ?',
    ).get(expression) as { list: string | null };
    return list.list ? (JSON.parse(`[${list.list}]`) as number[]) : [];
  }

  /** The page's leads, in the given order, with highlights when there was text to match. */
  private rowsFor(rowids: number[], terms: HighlightTerms | null, query: SearchQuery): HitRow[] {
    if (rowids.length === 0) return [];
    const marks = rowids.map(() => '?').join(', ');
    // Compiled once per page size and background (statement() keeps it), not on every search.
    const rows = statement(
      this.db,
      `SELECT l.rowid AS rid, l.id, l.title, l.company, l.location, l.city, l.region, l.country, l.remote, l.employment_type, l.salary,
           l.url, l.apply_url, l.source_id, l.source_type, l.posted_at, l.closes_at, l.status, l.fit, l.tracks, l.excluded, l.description,
           ${fitExpression(query)} AS ranked_fit, c.pinned, c.note, NULL AS hl_title, NULL AS hl_description
         FROM leads l LEFT JOIN lead_curation c ON c.lead_id = l.id WHERE l.rowid IN (${marks})`,
    ).all(...rowids) as (HitRow & { rid: number })[];
    if (terms) {
      for (const row of rows) {
        row.hl_title = highlightText(row.title, terms, MARK_OPEN, MARK_CLOSE);
        row.hl_description = snippetText(row.description, terms, MARK_OPEN, MARK_CLOSE);
      }
    }
    const order = new Map(rowids.map((r, k) => [r, k]));
    return rows.sort((a, b) => (order.get(a.rid) ?? 0) - (order.get(b.rid) ?? 0));
  }

  async close(): Promise<void> {
    this.stopWatch();
    await this.settled();
  }
}

function toHit(row: HitRow, background?: string | null): SearchHit {
  const fit = row.fit
    ? (fitFromText(row.fit) as {
        score: number;
        reasons: string[];
        reasonsByBackground?: Record<string, string[]>;
        enforcementRole: boolean;
      })
    : null;
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    location: row.location,
    city: row.city,
    region: row.region,
    country: row.country,
    remote: row.remote,
    employmentType: row.employment_type,
    salary: row.salary ? JSON.parse(row.salary) : null,
    url: row.url,
    applyUrl: row.apply_url,
    sourceId: row.source_id,
    sourceType: row.source_type,
    postedAt: row.posted_at,
    closesAt: row.closes_at,
    status: row.status,
    fitScore: fit ? row.ranked_fit : null,
    topReason: fit ? topReasonFor(fit, background) : null,
    tracks: JSON.parse(row.tracks) as string[],
    enforcementRole: fit?.enforcementRole ?? false,
    excluded: row.excluded ? JSON.parse(row.excluded) : null,
    curated: row.pinned ? { note: row.note } : null,
    highlight: {
      ...(row.hl_title?.includes(MARK_OPEN)
        ? { title: escapeHighlight(row.hl_title, MARK_OPEN, MARK_CLOSE) }
        : {}),
      ...(row.hl_description
        ? { description: escapeHighlight(row.hl_description, MARK_OPEN, MARK_CLOSE) }
        : {}),
    },
  };
}
