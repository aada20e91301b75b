import { topReasonFor } from '../../core/fit/fit-for-background';
import type { SearchHit, SearchQuery, SearchResult } from '../../core/search/search-query';
import { MAX_TOTAL_HITS } from '../../core/search/search-query';
import { SYNONYM_GROUPS, synonymMap } from '../../core/search/synonyms';
import type { SearchVersions } from '../../store/data-version';
import { searchVersions } from '../../store/data-version';
import type { IndexableLead } from '../../store/indexable-leads';
import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import type { EngineHealth } from '../engine-health';
import { escapeHighlight } from '../highlight';
import type { EngineSettings, SearchEngine } from '../search-engine';
import { pageCandidates, scoreBm25 } from './bm25-scoring';
import { collectMatches } from './collect-matches';
import { ColumnIndex } from './column-index';
import { fitExpression } from './fit-expression';
import { comparator, compileFilter, facetCounter, onlyDefaultFilters, topK } from './index-query';
import { buildMatch } from './match-expression';
import { oneFilterFacets } from './one-filter-facets';
import type { HighlightTerms } from './text-highlighter';
import { highlightText, snippetText } from './text-highlighter';
import { Vocabulary } from './vocabulary';

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

/**
 * SQLite FTS5 in the store itself: the default engine, nothing to set up. Triggers keep the index
 * in step with `leads` inside each write's own transaction, so `sync` has nothing left to do.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private readonly vocabulary: Vocabulary;
  private synonyms = synonymMap(SYNONYM_GROUPS);

  constructor(
    private readonly db: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.vocabulary = new Vocabulary(db);
  }

  async health(): Promise<EngineHealth> {
    try {
      this.db.prepare('SELECT count(*) FROM leads_fts WHERE leads_fts MATCH \'"health"\'').get();
      return { engine: this.name, status: 'ok' };
    } catch (error) {
      return { engine: this.name, status: 'unavailable', message: (error as Error).message };
    }
  }

  async sync(_changes: { upserted: IndexableLead[]; deleted: string[] }): Promise<void> {}

  async applySettings(settings: EngineSettings): Promise<void> {
    this.synonyms = synonymMap(settings.synonyms);
  }

  async reindex(
    db: Store,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ documents: number }> {
    // One transaction: readers keep seeing the old index until the new one commits (WAL).
    const documents = db.transaction(() => {
      db.exec("INSERT INTO leads_fts (leads_fts) VALUES ('delete-all')");
      db.exec(`INSERT INTO leads_fts (rowid, title, company, tracks, description)
        SELECT rowid, title, company,
          replace(coalesce((SELECT group_concat(value, ' ') FROM json_each(leads.fit, '$.tracks')), ''), '-', ' ')
          || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.title'), ' ') FROM json_each(leads.fit, '$.occupations')), ''),
          description FROM leads`);
      db.exec("INSERT INTO leads_fts (leads_fts) VALUES ('optimize')");
      return (db.prepare('SELECT count(*) AS n FROM leads_fts').get() as { n: number }).n;
    })();
    onProgress?.(documents, documents);
    return { documents };
  }

  private index: ColumnIndex | undefined;
  private indexVersions: SearchVersions = { leads: '', curation: '' };

  /**
   * The in-memory column index: rebuilt when leads have changed since it was built, and only its
   * curation marks refreshed when nothing but curation has.
   */
  private columns(versions: SearchVersions): ColumnIndex {
    if (!this.index || versions.leads !== this.indexVersions.leads) {
      this.index = new ColumnIndex(this.db);
    } else if (versions.curation !== this.indexVersions.curation) {
      this.index.refreshCuration(this.db);
    }
    this.indexVersions = versions;
    return this.index;
  }

  private buffers: { score: Float64Array; titleHits: Int32Array } | undefined;

  /**
   * Per-position scores and title hits, kept between searches. A search writes every position it
   * reads (title hits for each match, a score for each candidate), so what an earlier one left is
   * never read. Fresh arrays each time meant allocating and zeroing over a megabyte per search at
   * 100,000 leads, and more garbage for V8 to collect.
   */
  private scratch(size: number): { score: Float64Array; titleHits: Int32Array } {
    if (this.buffers?.score.length !== size)
      this.buffers = { score: new Float64Array(size), titleHits: new Int32Array(size) };
    return this.buffers;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    // One read of the store's counters serves both in-memory caches.
    const versions = searchVersions(this.db);
    // The terms come from the leads' text, which curation never changes.
    this.vocabulary.syncTo(versions.leads);
    const index = this.columns(versions);
    const plan = buildMatch(query.q, this.vocabulary, this.synonyms);
    const passes = compileFilter(index, query, this.clock());
    const facets = facetCounter(index);
    const offset = (query.page - 1) * query.perPage;
    let total = 0;
    let page: number[] = [];
    let facetResult: SearchResult['facets'] | null = null;

    if (plan.expression) {
      // Text: FTS5 finds the matches; filters, facets and order run in memory.
      const { score, titleHits } = this.scratch(index.size);
      const found = this.matches(plan.expression);
      const matched = collectMatches(found, index, passes, facets, plan.clauses.slice(0, 6), titleHits);
      total = matched.length;
      let ranked = matched;
      if (query.sort === 'relevance') {
        ranked = pageCandidates(index, matched, titleHits, offset + query.perPage);
        scoreBm25(this.db, plan.expression, ranked, found.length, index, score, this.vocabulary);
      }
      page = topK(ranked, offset + query.perPage, comparator(index, query, { score, titleHits })).slice(
        offset,
      );
    } else {
      // No text: walk a precomputed order, so the page is found without sorting.
      const key = query.sort === 'relevance' ? 'fit' : query.sort;
      const order = index.order(key, query.background);
      const defaults = onlyDefaultFilters(query)
        ? index.defaultFacets(() => facetCounter(index))
        : oneFilterFacets(index, query);
      for (let k = 0; k < order.length; k++) {
        const i = order[k] as number;
        if (!passes(i)) continue;
        if (total >= offset && total < offset + query.perPage) page.push(i);
        total++;
        // The landing page's counts, and those of a one-facet browse, are known without the walk.
        if (defaults && total >= offset + query.perPage) break;
        facets.add(i);
      }
      if (defaults) {
        total = defaults.total;
        facetResult = defaults.facets;
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

  async close(): Promise<void> {}
}

function toHit(row: HitRow, background?: string | null): SearchHit {
  const fit = row.fit
    ? (JSON.parse(row.fit) as {
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
