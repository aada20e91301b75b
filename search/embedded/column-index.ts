import { backgroundIds } from '../../core/fit/backgrounds';
import { trackIds } from '../../core/fit/tracks';
import type { FacetName } from '../../core/search/search-query';
import type { Store } from '../../store/open-store';

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

interface Row {
  rowid: number;
  id: string;
  title: string;
  status: string;
  excluded: number;
  enforcement: number;
  remote: string | null;
  employment_type: string | null;
  source_type: string;
  company: string;
  country: string | null;
  region: string | null;
  city: string | null;
  salary: number | null;
  posted: string;
  fit_score: number | null;
  by_background: string | null;
  tracks: string;
  latitude: number | null;
  longitude: number | null;
  pinned: number | null;
  hidden: number | null;
}

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
    const rows = db
      .prepare(
        `SELECT l.rowid, l.id, l.title, l.status, l.excluded IS NOT NULL AS excluded,
           coalesce(json_extract(l.fit, '$.enforcementRole'), 0) AS enforcement, l.remote, l.employment_type, l.source_type,
           l.company, l.country, l.region, l.city, l.salary_annual_max AS salary, coalesce(l.posted_at, l.first_seen) AS posted,
           l.fit_score, json_extract(l.fit, '$.byBackground') AS by_background, l.tracks, l.latitude, l.longitude, c.pinned, c.hidden
         FROM leads l LEFT JOIN lead_curation c ON c.lead_id = l.id`,
      )
      .all() as Row[];
    const n = rows.length;
    this.size = n;
    const maxRowid = rows.reduce((m, r) => Math.max(m, r.rowid), 0);
    this.positionByRowid = new Int32Array(maxRowid + 1).fill(-1);
    this.visibleByDefault = new Uint8Array(n);
    this.ids = new Array(n);
    this.titles = new Array(n);
    this.rowids = new Float64Array(n);
    this.coded = Object.fromEntries(CODED.map((c) => [c, new CodedColumn(n)])) as Record<
      CodedName,
      CodedColumn
    >;
    this.excluded = new Uint8Array(n);
    this.enforcement = new Uint8Array(n);
    this.pinned = new Uint8Array(n);
    this.hidden = new Uint8Array(n);
    this.salary = new Float64Array(n).fill(Number.NaN);
    this.posted = new Float64Array(n);
    this.fit = new Float32Array(n);
    this.hasFit = new Uint8Array(n);
    this.byBackground = Object.fromEntries(backgroundIds.map((b) => [b, new Float32Array(n)]));
    this.tracks = new Uint16Array(n);
    this.latitude = new Float64Array(n).fill(Number.NaN);
    this.longitude = new Float64Array(n).fill(Number.NaN);
    const trackBit = new Map(trackIds.map((t, i) => [t as string, 1 << i]));
    rows.forEach((r, i) => {
      this.ids[i] = r.id;
      this.titles[i] = r.title.toLowerCase();
      this.rowids[i] = r.rowid;
      this.positionByRowid[r.rowid] = i;
      this.visibleByDefault[i] = !r.hidden && r.status === 'open' && !r.excluded ? 1 : 0;
      this.coded.remote.set(i, r.remote);
      this.coded.employmentType.set(i, r.employment_type);
      this.coded.sourceType.set(i, r.source_type);
      this.coded.company.set(i, r.company);
      this.coded.country.set(i, r.country);
      this.coded.region.set(i, r.region?.toLowerCase() ?? null);
      this.coded.cityKey.set(i, r.city?.toLowerCase() ?? null);
      this.coded.status.set(i, r.status);
      this.excluded[i] = r.excluded;
      this.enforcement[i] = r.enforcement ? 1 : 0;
      this.pinned[i] = r.pinned ?? 0;
      this.hidden[i] = r.hidden ?? 0;
      if (r.salary !== null) this.salary[i] = r.salary;
      this.posted[i] = Date.parse(r.posted);
      this.fit[i] = r.fit_score ?? 0;
      this.hasFit[i] = r.fit_score === null ? 0 : 1;
      if (r.by_background) {
        const values = JSON.parse(r.by_background) as Record<string, number>;
        for (const b of backgroundIds) (this.byBackground[b] as Float32Array)[i] = values[b] ?? 0;
      }
      let mask = 0;
      for (const t of JSON.parse(r.tracks) as string[]) mask |= trackBit.get(t) ?? 0;
      this.tracks[i] = mask;
      if (r.latitude !== null) this.latitude[i] = r.latitude;
      if (r.longitude !== null) this.longitude[i] = r.longitude;
    });
    // Regions are matched case-insensitively, but facets show them as stored.
    this.regionDisplay = new Map(rows.map((r) => [r.region?.toLowerCase() ?? '', r.region ?? '']));
  }

  readonly regionDisplay: Map<string, string>;

  private defaults: { total: number; facets: Record<FacetName, Record<string, number>> } | undefined;

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
