import { backgroundIds } from '../../core/fit/backgrounds';
import type { FacetName } from '../../core/search/search-query';
import type { Store } from '../../store/open-store';
import { readLeadColumns } from './column-reader';

/** What the index needs of a facet counter (see index-query.ts). */
export interface FacetCounter {
  add(i: number): void;
  result(): Record<FacetName, Record<string, number>>;
}

/** A string column stored as codes into a dictionary; -1 is null. */
export class CodedColumn {
  readonly values: string[] = [];
  private readonly codeOf = new Map<string, number>();
  readonly codes: Int32Array;

  constructor(size: number) {
    this.codes = new Int32Array(size).fill(-1);
  }

  set(i: number, value: string | null): void {
    if (value === null) return;
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
    }
    this.codes[i] = code;
  }

  code(value: string): number {
    return this.codeOf.get(value) ?? -2;
  }
}

export const CODED = [
  'remote',
  'employmentType',
  'sourceType',
  'company',
  'country',
  'region',
  'cityKey',
  'status',
] as const;
export type CodedName = (typeof CODED)[number];

/**
 * The filterable, facetable and sortable facts of every lead, held in typed arrays. Filters,
 * facet counts and orderings run over these in memory, which is what keeps a search with facets
 * over 100,000 leads within a few milliseconds; text matching stays with FTS5. Rebuilt when the
 * store's data changes.
 */
export class ColumnIndex {
  readonly size: number;
  readonly ids: string[];
  readonly titles: string[];
  readonly rowids: Float64Array;
  /** Position by rowid (-1: no such lead): a typed array, as every matched row is looked up. */
  private readonly positionByRowid: Int32Array;
  /** Not hidden, open and not excluded: the default filters, tested as one byte. */
  readonly visibleByDefault: Uint8Array;
  readonly coded: Record<CodedName, CodedColumn>;
  readonly excluded: Uint8Array;
  readonly enforcement: Uint8Array;
  readonly pinned: Uint8Array;
  readonly hidden: Uint8Array;
  readonly noDegree: Uint8Array;
  readonly salary: Float64Array;
  readonly posted: Float64Array;
  readonly fit: Float32Array;
  readonly hasFit: Uint8Array;
  readonly byBackground: Record<string, Float32Array>;
  readonly tracks: Uint16Array;
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  private readonly orders = new Map<string, Int32Array>();

  constructor(db: Store) {
    const c = readLeadColumns(db);
    const n = c.rowid.length;
    this.size = n;
    const maxRowid = c.rowid.reduce((m, r) => Math.max(m, r), 0);
    this.positionByRowid = new Int32Array(maxRowid + 1).fill(-1);
    this.visibleByDefault = new Uint8Array(n);
    this.ids = c.id;
    // One lower-casing of every title joined, rather than one per title (unless a title itself
    // holds the separator, when the pieces would not line up).
    const lowered = c.title.join('\u0000').toLowerCase().split('\u0000');
    this.titles = lowered.length === n ? lowered : c.title.map((t) => t.toLowerCase());
    this.rowids = Float64Array.from(c.rowid);
    this.coded = Object.fromEntries(CODED.map((name) => [name, new CodedColumn(n)])) as Record<
      CodedName,
      CodedColumn
    >;
    this.excluded = new Uint8Array(n);
    this.enforcement = new Uint8Array(n);
    this.pinned = new Uint8Array(n);
    this.hidden = new Uint8Array(n);
    this.noDegree = new Uint8Array(n);
    this.salary = Float64Array.from(c.salary, (v) => v ?? Number.NaN);
    this.posted = Float64Array.from(c.posted, (v) => Date.parse(v));
    this.fit = Float32Array.from(c.fitScore, (v) => v ?? 0);
    this.hasFit = Uint8Array.from(c.fitScore, (v) => (v === null ? 0 : 1));
    this.byBackground = Object.fromEntries(
      backgroundIds.map((b, k) => [b, Float32Array.from(c.byBackground[k] ?? [], (v) => v ?? 0)]),
    );
    this.tracks = Uint16Array.from(c.tracks);
    this.latitude = Float64Array.from(c.latitude, (v) => v ?? Number.NaN);
    this.longitude = Float64Array.from(c.longitude, (v) => v ?? Number.NaN);
    this.regionDisplay = new Map();
    for (let i = 0; i < n; i++) {
      this.positionByRowid[c.rowid[i] ?? 0] = i;
      const flags = c.flags[i] ?? 0;
      this.excluded[i] = flags & 1;
      this.enforcement[i] = (flags >> 1) & 1;
      this.pinned[i] = (flags >> 2) & 1;
      this.hidden[i] = (flags >> 3) & 1;
      this.noDegree[i] = (flags >> 4) & 1;
      const status = c.status[i] ?? '';
      this.coded.remote.set(i, c.remote[i] ?? null);
      this.coded.employmentType.set(i, c.employmentType[i] ?? null);
      this.coded.sourceType.set(i, c.sourceType[i] ?? null);
      this.coded.company.set(i, c.company[i] ?? null);
      this.coded.country.set(i, c.country[i] ?? null);
      const region = c.region[i] ?? null;
      this.coded.region.set(i, region?.toLowerCase() ?? null);
      // Regions are matched case-insensitively, but facets show them as stored.
      this.regionDisplay.set(region?.toLowerCase() ?? '', region ?? '');
      this.coded.cityKey.set(i, c.city[i]?.toLowerCase() ?? null);
      this.coded.status.set(i, status);
    }
    this.markVisibility();
  }

  /** Open, not excluded and not hidden: what default searches show, as one byte per lead. */
  private markVisibility(): void {
    const open = this.coded.status.code('open');
    const status = this.coded.status.codes;
    for (let i = 0; i < this.size; i++) {
      this.visibleByDefault[i] = this.hidden[i] === 0 && this.excluded[i] === 0 && status[i] === open ? 1 : 0;
    }
  }

  readonly regionDisplay: Map<string, string>;

  private defaults: { total: number; facets: Record<FacetName, Record<string, number>> } | undefined;

  /** Moves whenever the index changes in place, for caches built from it (see one-filter-facets.ts). */
  revision = 0;

  /**
   * Re-reads every lead's pinned and hidden marks, and what follows from them (default visibility,
   * orders, default counts): all a change of curation alone can alter. Notes are read with each
   * page of results, and corrected tracks are written to the lead itself.
   */
  refreshCuration(db: Store): void {
    this.pinned.fill(0);
    this.hidden.fill(0);
    const marks = db
      .prepare(
        `SELECT json_group_array(l.rowid) AS rowids, json_group_array(c.pinned) AS pinned, json_group_array(c.hidden) AS hidden
         FROM lead_curation c JOIN leads l ON l.id = c.lead_id WHERE c.pinned != 0 OR c.hidden != 0`,
      )
      .get() as { rowids: string; pinned: string; hidden: string };
    const rowids = JSON.parse(marks.rowids) as number[];
    const pinned = JSON.parse(marks.pinned) as number[];
    const hidden = JSON.parse(marks.hidden) as number[];
    rowids.forEach((rowid, k) => {
      const i = this.positionOf(rowid);
      if (i < 0) return;
      this.pinned[i] = pinned[k] ? 1 : 0;
      this.hidden[i] = hidden[k] ? 1 : 0;
    });
    this.markVisibility();
    this.orders.clear();
    this.defaults = undefined;
    this.revision++;
  }

  /**
   * The count and facet counts of everything visible by default, worked out once per index: the
   * page everyone lands on asks for exactly this.
   */
  defaultFacets(counter: () => FacetCounter): {
    total: number;
    facets: Record<FacetName, Record<string, number>>;
  } {
    if (!this.defaults) {
      const facets = counter();
      let total = 0;
      for (let i = 0; i < this.size; i++) {
        if (this.visibleByDefault[i] !== 1) continue;
        total++;
        facets.add(i);
      }
      this.defaults = { total, facets: facets.result() };
    }
    return this.defaults;
  }

  positionOf(rowid: number): number {
    return this.positionByRowid[rowid] ?? -1;
  }

  fitArray(background: string | undefined): Float32Array {
    return background ? (this.byBackground[background] ?? this.fit) : this.fit;
  }

  /**
   * Every position in a fixed order (curated first, then the key descending, then id), computed
   * once per index: a query without text walks it and stops when the page is full.
   */
  order(key: 'fit' | 'newest' | 'salary', background: string | undefined): Int32Array {
    const name = `${key}:${background ?? ''}`;
    const cached = this.orders.get(name);
    if (cached) return cached;
    const fit = this.fitArray(background);
    const positions = Int32Array.from({ length: this.size }, (_, i) => i);
    const primary = key === 'fit' ? fit : key === 'newest' ? this.posted : this.salary;
    const secondary = key === 'fit' ? this.posted : fit;
    positions.sort(
      (a, b) =>
        (this.pinned[b] ?? 0) - (this.pinned[a] ?? 0) ||
        descending(primary[a] ?? 0, primary[b] ?? 0) ||
        descending(secondary[a] ?? 0, secondary[b] ?? 0) ||
        ((this.ids[a] ?? '') < (this.ids[b] ?? '') ? -1 : 1),
    );
    this.orders.set(name, positions);
    return positions;
  }
}

/** Descending order with missing values (NaN) last. */
export function descending(a: number, b: number): number {
  const na = Number.isNaN(a);
  const nb = Number.isNaN(b);
  if (na || nb) return na === nb ? 0 : na ? 1 : -1;
  return b - a;
}
