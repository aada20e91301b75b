import type { FacetName, SearchHit, SearchQuery, SearchResult } from '../../core/search/search-query';
import { facetNames } from '../../core/search/search-query';
import { SYNONYM_GROUPS, synonymMap } from '../../core/search/synonyms';
import type { IndexableLead } from '../../store/indexable-leads';
import type { Store } from '../../store/open-store';
import type { EngineHealth } from '../engine-health';
import type { EngineSettings, SearchEngine } from '../search-engine';
import { escapeHighlight } from './highlight';
import { buildMatch, tokenize } from './match-expression';
import { Vocabulary } from './vocabulary';
import { fitExpression, whereClause } from './where-clause';

/** BM25 column weights: title > employer > tracks and skills > description. */
const BM25 = 'bm25(leads_fts, 10.0, 5.0, 3.0, 1.0)';
const MARK_OPEN = '\u0001';
const MARK_CLOSE = '\u0002';

const FACET_SQL: Record<FacetName, string> = {
  remote: 'l.remote',
  employmentType: 'l.employment_type',
  sourceType: 'l.source_type',
  company: 'l.company',
  country: 'l.country',
  region: 'l.region',
  tracks: 't.value',
};

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

  async search(query: SearchQuery): Promise<SearchResult> {
    const plan = buildMatch(query.q, this.vocabulary, this.synonyms);
    const where = whereClause(query, this.clock());
    const fit = fitExpression(query);
    const from = plan.expression
      ? 'leads_fts JOIN leads l ON l.rowid = leads_fts.rowid LEFT JOIN lead_curation c ON c.lead_id = l.id'
      : 'leads l LEFT JOIN lead_curation c ON c.lead_id = l.id';
    const matchSql = plan.expression ? 'leads_fts MATCH ? AND ' : '';
    const params = [...(plan.expression ? [plan.expression] : []), ...where.params];
    const filtered = `FROM ${from} WHERE ${matchSql}${where.sql}`;

    const total = (this.db.prepare(`SELECT count(*) AS n ${filtered}`).get(...params) as { n: number }).n;
    // Like Meilisearch's attribute rule: postings whose title holds more of the typed words come
    // first, then BM25. Synonyms and typo variants widen the match but should not outrank the title.
    const titleWords = tokenize(query.q).slice(0, 6);
    const titleHits = titleWords.length
      ? titleWords.map(() => '(instr(lower(l.title), ?) > 0)').join(' + ')
      : '0';
    const order = this.orderBy(query, fit, Boolean(plan.expression), titleHits);
    const highlight = plan.expression
      ? `highlight(leads_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}') AS hl_title,
         snippet(leads_fts, 3, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS hl_description`
      : 'NULL AS hl_title, NULL AS hl_description';
    const rows = this.db
      .prepare(
        `SELECT l.id, l.title, l.company, l.location, l.city, l.region, l.country, l.remote, l.employment_type, l.salary,
           l.url, l.apply_url, l.source_id, l.source_type, l.posted_at, l.closes_at, l.status, l.fit, l.tracks, l.excluded,
           ${fit} AS ranked_fit, c.pinned, c.note, ${highlight}
         ${filtered} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(
        ...params,
        ...(query.sort === 'relevance' && plan.expression ? titleWords : []),
        query.perPage,
        (query.page - 1) * query.perPage,
      ) as HitRow[];

    const facets = {} as Record<FacetName, Record<string, number>>;
    for (const name of facetNames) {
      const join = name === 'tracks' ? ', json_each(l.tracks) t' : '';
      const column = FACET_SQL[name];
      const limit = name === 'company' ? 'LIMIT 30' : '';
      const counts = this.db
        .prepare(
          `SELECT ${column} AS value, count(*) AS n FROM ${from}${join} WHERE ${matchSql}${where.sql} AND ${column} IS NOT NULL
           GROUP BY ${column} ORDER BY n DESC, value ${limit}`,
        )
        .all(...params) as { value: string; n: number }[];
      facets[name] = Object.fromEntries(counts.map((c) => [c.value, c.n]));
    }

    return {
      total,
      page: query.page,
      perPage: query.perPage,
      pages: Math.ceil(Math.min(total, 1000) / query.perPage),
      facets,
      hits: rows.map(toHit),
      ...(plan.corrected && plan.corrected !== query.q.toLowerCase()
        ? { correctedQuery: plan.corrected }
        : {}),
    };
  }

  /** Curated leads first whatever the order; then the chosen order, with fit and recency breaking ties. */
  private orderBy(query: SearchQuery, fit: string, hasText: boolean, titleHits: string): string {
    const curated = 'coalesce(c.pinned, 0) DESC';
    const newest = 'coalesce(l.posted_at, l.first_seen) DESC';
    switch (query.sort) {
      case 'newest':
        return `${curated}, ${newest}, ${fit} DESC, l.id`;
      case 'salary':
        return `${curated}, l.salary_annual_max IS NULL, l.salary_annual_max DESC, ${fit} DESC, l.id`;
      case 'fit':
        return `${curated}, ${fit} DESC, ${newest}, l.id`;
      default:
        return hasText
          ? `${curated}, ${titleHits} DESC, ${BM25}, ${fit} DESC, l.id`
          : `${curated}, ${fit} DESC, ${newest}, l.id`;
    }
  }

  async close(): Promise<void> {}
}

function toHit(row: HitRow): SearchHit {
  const fit = row.fit
    ? (JSON.parse(row.fit) as { score: number; reasons: string[]; enforcementRole: boolean })
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
    topReason: fit?.reasons[0] ?? null,
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
