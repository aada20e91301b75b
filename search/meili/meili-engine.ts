import type { Index, Settings } from 'meilisearch';
import { Meilisearch } from 'meilisearch';
import { backgroundIds } from '../../core/fit/backgrounds';
import { SearchParamsError } from '../../core/search/search-params';
import type { FacetName, SearchHit, SearchQuery, SearchResult } from '../../core/search/search-query';
import { facetNames, MAX_TOTAL_HITS } from '../../core/search/search-query';
import { SYNONYM_GROUPS } from '../../core/search/synonyms';
import { TEXT_COLUMN_NAMES } from '../../core/search/text-index-schema';
import type { IndexableLead } from '../../store/indexable-leads';
import { allIndexableLeads, countLeads } from '../../store/indexable-leads';
import type { Store } from '../../store/open-store';
import type { EngineHealth } from '../engine-health';
import { escapeHighlight } from '../highlight';
import { parsePlaceName, unknownPlaceMessage } from '../place-centre';
import type { EngineSettings, SearchEngine } from '../search-engine';
import type { PlaceLookup } from '../store-place-lookup';
import type { MeiliDocument } from './meili-document';
import { MEILI_TEXT_FIELD, toMeiliDocument } from './meili-document';
import { fitField, meiliFilter } from './meili-filter';

export interface MeiliOptions {
  url: string;
  /** The admin (or master) key: documents and settings are written with it, never searched with. */
  key: string | undefined;
  /** A search-only key for queries (MEILI_SEARCH_KEY); without one the engine finds or creates it. */
  searchKey?: string | undefined;
  index: string;
  clock?: () => Date;
  /** Locates a named place for "within N km of a city" (see store-place-lookup.ts). */
  places?: PlaceLookup;
}

/** A Meilisearch task failed; the message carries Meilisearch's own error. Retrying will not help. */
export class MeiliTaskError extends Error {
  override readonly name = 'MeiliTaskError';
}

const OPEN = '\u0001';
const CLOSE = '\u0002';
const BATCH = 1000;

/** Synonym groups in Meilisearch's form: every term lists the others (mutual synonyms). */
function meiliSynonyms(groups: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups)
    for (const term of group)
      out[term] = [...new Set([...(out[term] ?? []), ...group.filter((t) => t !== term)])];
  return out;
}

export function indexSettings(synonyms: string[][]): Settings {
  return {
    // The text-index schema's columns, in its order (Meilisearch's attribute rule ranks by it).
    searchableAttributes: TEXT_COLUMN_NAMES.map((c) => MEILI_TEXT_FIELD[c]),
    filterableAttributes: [
      'status',
      'isExcluded',
      'enforcementRole',
      'remote',
      'cityKey',
      'regionKey',
      'country',
      'employmentType',
      'sourceType',
      'company',
      'salaryAnnualMax',
      'postedAtTs',
      'tracks',
      'fitScore',
      ...backgroundIds.map(fitField),
      'curated',
      'hidden',
      'noDegree',
      '_geo',
    ],
    sortableAttributes: [
      'postedAtTs',
      'salaryAnnualMax',
      'fitScore',
      ...backgroundIds.map(fitField),
      'curated',
    ],
    // Curated leads first, then text relevance, then fit breaks ties, as the embedded engine ranks.
    rankingRules: [
      'curated:desc',
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'fitScore:desc',
    ],
    synonyms: meiliSynonyms(synonyms),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: 100 },
  };
}

/**
 * Meilisearch, chosen by MEILI_URL: the scale-out engine. Writes use the admin key and wait for
 * their tasks (failed tasks raise); queries use a search-only key when the admin key can find one.
 */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly admin: Meilisearch;
  private searchClient: Meilisearch | undefined;
  private synonyms = SYNONYM_GROUPS;
  private ready: Promise<void> | undefined;

  constructor(readonly options: MeiliOptions) {
    this.admin = new Meilisearch({ host: options.url, apiKey: options.key, timeout: 10_000 });
  }

  private index(client: Meilisearch = this.admin): Index<MeiliDocument> {
    return client.index<MeiliDocument>(this.options.index);
  }

  /** Creates the index with its settings on first use. */
  private ensureReady(): Promise<void> {
    this.ready ??= (async () => {
      await this.admin
        .createIndex(this.options.index, { primaryKey: 'id' })
        .waitTask()
        .catch(() => undefined);
      await this.waitOk(this.index().updateSettings(indexSettings(this.synonyms)).waitTask());
      this.searchClient = await this.searchOnlyClient();
    })().catch((error) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /**
   * The client queries go through: a key allowed only to search this index, so a leaked query path
   * cannot write (https://www.meilisearch.com/docs/learn/security/basic_security). MEILI_SEARCH_KEY
   * when given; else an existing search-only key for the index; else one the admin key creates.
   */
  private async searchOnlyClient(): Promise<Meilisearch> {
    const client = (apiKey: string) => new Meilisearch({ host: this.options.url, apiKey, timeout: 10_000 });
    if (this.options.searchKey) return client(this.options.searchKey);
    if (!this.options.key) return this.admin; // a development server without a master key has no keys
    const { results } = await this.admin.getKeys({ limit: 1000 });
    const existing = results.find(
      (k) =>
        k.actions.length === 1 &&
        k.actions[0] === 'search' &&
        k.indexes.some((i) => i === '*' || i === this.options.index) &&
        (k.expiresAt === null || new Date(k.expiresAt).getTime() > Date.now()),
    );
    if (existing) return client(existing.key);
    const created = await this.admin.createKey({
      name: `offramp-search-${this.options.index}`,
      description: 'Offramp: search only, for the query path',
      actions: ['search'],
      indexes: [this.options.index],
      expiresAt: null,
    });
    return client(created.key);
  }

  /** Whether queries go through a key other than the admin one (for health and the tests). */
  get searchesWithAdminKey(): boolean {
    return (this.searchClient ?? this.admin) === this.admin && this.options.key !== undefined;
  }

  private async waitOk(
    task: Promise<{ status: string; error?: { message: string } | null; uid?: number }>,
  ): Promise<void> {
    const done = await task;
    if (done.status !== 'succeeded')
      throw new MeiliTaskError(
        `Meilisearch task ${done.uid ?? ''} ${done.status}: ${done.error?.message ?? 'no detail'}`,
      );
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.admin.health();
      return status === 'available'
        ? { engine: this.name, status: 'ok' }
        : { engine: this.name, status: 'unavailable', message: `Meilisearch reports "${status}"` };
    } catch (error) {
      return { engine: this.name, status: 'unavailable', message: (error as Error).message };
    }
  }

  async applySettings(settings: EngineSettings): Promise<void> {
    this.synonyms = settings.synonyms;
    await this.ensureReady();
    await this.waitOk(this.index().updateSettings(indexSettings(this.synonyms)).waitTask());
  }

  async sync(changes: { upserted: IndexableLead[]; deleted: string[] }): Promise<void> {
    await this.ensureReady();
    for (let i = 0; i < changes.upserted.length; i += BATCH) {
      await this.waitOk(
        this.index()
          .addDocuments(changes.upserted.slice(i, i + BATCH).map(toMeiliDocument))
          .waitTask(),
      );
    }
    if (changes.deleted.length > 0)
      await this.waitOk(this.index().deleteDocuments(changes.deleted).waitTask());
  }

  /** Builds a fresh index beside the live one, then swaps them: search keeps answering throughout. */
  async reindex(
    db: Store,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ documents: number }> {
    await this.ensureReady();
    const staging = `${this.options.index}-reindex-${Date.now()}`;
    await this.waitOk(this.admin.createIndex(staging, { primaryKey: 'id' }).waitTask());
    const target = this.admin.index<MeiliDocument>(staging);
    try {
      await this.waitOk(target.updateSettings(indexSettings(this.synonyms)).waitTask());
      const total = countLeads(db);
      let done = 0;
      for (const batch of allIndexableLeads(db, BATCH)) {
        await this.waitOk(target.addDocuments(batch.map(toMeiliDocument)).waitTask());
        done += batch.length;
        onProgress?.(done, total);
      }
      await this.waitOk(
        this.admin.swapIndexes([{ indexes: [this.options.index, staging], rename: false }]).waitTask(),
      );
      return { documents: done };
    } finally {
      await this.admin.deleteIndexIfExists(staging);
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.ensureReady();
    const clock = this.options.clock ?? (() => new Date());
    const fit = fitField(query.background);
    const sort =
      query.sort === 'newest'
        ? ['postedAtTs:desc', `${fit}:desc`]
        : query.sort === 'salary'
          ? ['salaryAnnualMax:desc', `${fit}:desc`]
          : query.sort === 'fit'
            ? [`${fit}:desc`, 'postedAtTs:desc']
            : query.q
              ? [`${fit}:desc`]
              : [`${fit}:desc`, 'postedAtTs:desc'];
    const response = await this.index(this.searchClient ?? this.admin).search(query.q || null, {
      filter: meiliFilter(query, clock(), this.locate(query)),
      facets: [...facetNames],
      sort,
      page: query.page,
      hitsPerPage: query.perPage,
      // Both: Meilisearch marks matches only in attributes it is asked to highlight, cropped or not.
      attributesToHighlight: ['title', 'description'],
      attributesToCrop: ['description'],
      cropLength: 24,
      highlightPreTag: OPEN,
      highlightPostTag: CLOSE,
    });
    const facets = {} as Record<FacetName, Record<string, number>>;
    for (const name of facetNames) facets[name] = { ...(response.facetDistribution?.[name] ?? {}) };
    const total = response.totalHits ?? 0;
    return {
      total,
      page: query.page,
      perPage: query.perPage,
      pages: Math.ceil(Math.min(total, MAX_TOTAL_HITS) / query.perPage),
      facets,
      hits: response.hits.map((doc) =>
        toHit(doc as MeiliDocument & { _formatted?: Partial<Record<string, string>> }, fit, query.background),
      ),
    };
  }

  /** The named place of a "near" search, located from the store's leads; unknown places are a 400. */
  private locate(query: SearchQuery) {
    if (!query.nearPlace) return undefined;
    const name = parsePlaceName(query.nearPlace.name);
    const centre = this.options.places?.(name);
    if (!centre || centre.leads === 0)
      throw new SearchParamsError([{ field: 'near', message: unknownPlaceMessage(query.nearPlace.name) }]);
    return { name, centre };
  }

  async close(): Promise<void> {}
}

function toHit(
  doc: MeiliDocument & { _formatted?: Partial<Record<string, string>> },
  fit: string,
  background?: string | null,
): SearchHit {
  const title = doc._formatted?.title;
  const description = doc._formatted?.description;
  return {
    id: doc.id,
    title: doc.title,
    company: doc.company,
    location: doc.location,
    city: doc.city,
    region: doc.region,
    country: doc.country,
    remote: doc.remote,
    employmentType: doc.employmentType,
    salary: doc.salary,
    url: doc.url,
    applyUrl: doc.applyUrl,
    sourceId: doc.sourceId,
    sourceType: doc.sourceType,
    postedAt: doc.postedAt,
    closesAt: doc.closesAt,
    status: doc.status,
    fitScore: doc.hasFit ? ((doc as Record<string, unknown>)[fit] as number) : null,
    topReason: (background ? doc.topReasonByBackground?.[background] : null) ?? doc.topReason,
    tracks: doc.tracks,
    enforcementRole: doc.enforcementRole,
    excluded: doc.excluded,
    curated: doc.curated ? { note: doc.curatedNote } : null,
    highlight: {
      ...(title?.includes(OPEN) ? { title: escapeHighlight(title, OPEN, CLOSE) } : {}),
      ...(description?.includes(OPEN) ? { description: escapeHighlight(description, OPEN, CLOSE) } : {}),
    },
  };
}
