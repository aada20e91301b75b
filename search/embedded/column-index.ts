import { backgroundIds } from '../../core/fit/backgrounds';
import type { FacetName } from '../../core/search/search-query';
import { tokenStrings } from '../../core/search/text-index-schema';
import type { Bits } from './bitset';
import { put, wordsFor } from './bitset';
import type { LeadColumns } from './column-reader';
import { CodedColumn, Columns, FACET_ROW, FACET_SLOTS, TRACKS_SLOT, VISIBLE_SLOT } from './columns';
import type { FacetCounter } from './facet-counter';
import { PatchedOrder } from './patched-order';

/**
 * A derived value that follows patches itself (counts), rather than being worked out again over
 * every lead on the next search after each patch.
 */
export interface Follower {
  /** The position is about to change or retire: take out what it contributed. */
  leave(i: number): void;
  /** The position has changed: put in what it contributes now. False: build the value afresh. */
  enter(i: number): boolean;
}

export { CodedColumn };

/** The coded string columns: the facet columns (in their slot order), then two filter-only ones. */
export const CODED = [...FACET_SLOTS, 'cityKey', 'status'] as const;
export type CodedName = (typeof CODED)[number];
export type OrderKey = 'fit' | 'newest' | 'salary';

/** Filter bitsets held at once: defaults and facet values recur, thresholds are open-ended. */
const MAX_BITSETS = 32;

/**
 * The filterable, facetable and sortable facts of every lead, held in typed arrays. Filters,
 * facet counts and orderings run over these in memory, which is what keeps a search with facets
 * within a few milliseconds; text matching stays with FTS5.
 *
 * Built once from the store, then patched: changed leads are rewritten in place, new ones appended
 * and deleted ones retired (a retired position matches nothing). Everything derived from the
 * columns (orders, default counts, one-facet tables, row lengths) follows one rule: it belongs to
 * the `revision` it was computed at, and any patch moves the revision (see `derived`).
 */
export class ColumnIndex extends Columns {
  ids: string[] = [];
  /** Each title as its tokens, " word word ", for title hits by token (see collect-matches.ts). */
  titles: string[] = [];
  readonly coded: Record<CodedName, CodedColumn> = Object.fromEntries(
    CODED.map((name) => [name, new CodedColumn()]),
  ) as Record<CodedName, CodedColumn>;
  /** Regions are matched case-insensitively, but facets show them as stored. */
  readonly regionDisplay = new Map<string, string>();
  /** Moves with every change to the index; everything derived from it is keyed to it. */
  revision = 0;
  private readonly cache = new Map<string, { revision: number; value: unknown; follower?: Follower }>();
  /** The bitsets held, least recently used first (see `bits`). */
  private readonly bitsets = new Set<string>();
  /** The orders searches have used, by key and background; patches carry them (see `order`). */
  private readonly orders = new Map<string, PatchedOrder>();

  /** An index of the given leads (in rowid order), as a build's first slice. */
  constructor(columns?: LeadColumns) {
    super();
    if (columns) this.append(columns);
  }

  /**
   * A value derived from the index, computed once per revision: the one invalidation rule for
   * every cache built on the columns. With `follow`, the value is carried to the next revision by
   * a patch, which tells its follower each position it changes.
   */
  derived<T>(key: string, build: () => T, follow?: (value: T) => Follower): T {
    const hit = this.cache.get(key);
    if (hit && hit.revision === this.revision) return hit.value as T;
    const value = build();
    this.cache.set(key, { revision: this.revision, value, ...(follow ? { follower: follow(value) } : {}) });
    return value;
  }

  /**
   * The positions that pass one filter test, as bits: a derived value like any other (one per test
   * and revision), carried through patches by asking `test` about each changed position; `build`
   * scans them all. At most MAX_BITSETS are held; the least recently used goes first.
   */
  bits(key: string, build: (size: number, words: number) => Bits, test: (i: number) => boolean): Bits {
    const name = `bits:${key}`;
    this.bitsets.delete(name);
    this.bitsets.add(name);
    for (const oldest of this.bitsets) {
      if (this.bitsets.size <= MAX_BITSETS) break;
      this.bitsets.delete(oldest);
      this.cache.delete(oldest);
    }
    return this.derived(
      name,
      () => build(this.size, wordsFor(this.capacity)),
      (bits) => ({
        leave: () => undefined,
        enter: (i) => {
          // A position past the words (the index grew): built afresh on next use.
          if (i >= bits.length * 32) return false;
          put(bits, i, test(i));
          return true;
        },
      }),
    );
  }

  /** Adds leads with rowids above every rowid held (a rebuild's slices arrive this way). */
  append(c: LeadColumns): void {
    const start = this.size;
    this.reserve(start + c.rowid.length);
    const titles = tokenStrings(c.title);
    for (let k = 0; k < c.rowid.length; k++) this.write(start + k, c, k, titles[k] ?? ' ');
    this.size = start + c.rowid.length;
    this.revision++;
    // Orders are sorted from a complete index; a build's slices come before any search.
    this.orders.clear();
  }

  /**
   * Writes the given leads' current facts (new ones appended) and retires the deleted rowids.
   * Returns the positions touched, for caches that patch themselves.
   */
  patch(c: LeadColumns, deleted: number[]): number[] {
    const following = [...this.cache.values()].filter((e) => e.follower && e.revision === this.revision);
    for (const rowid of [...deleted, ...c.rowid]) {
      const i = this.positionOf(rowid);
      if (i >= 0) for (const e of following) e.follower?.leave(i);
    }
    const touched: number[] = [];
    for (const rowid of deleted) {
      const i = this.positionOf(rowid);
      if (i < 0) continue;
      this.retire(i);
      touched.push(i);
    }
    const fresh = c.rowid.filter((r) => this.positionOf(r) < 0).length;
    this.reserve(this.size + fresh);
    const titles = tokenStrings(c.title);
    for (let k = 0; k < c.rowid.length; k++) {
      let i = this.positionOf(c.rowid[k] ?? 0);
      if (i < 0) i = this.size++;
      this.write(i, c, k, titles[k] ?? ' ');
      touched.push(i);
    }
    this.revision++;
    for (const e of following) {
      let kept = true;
      for (const i of touched) kept = (e.follower?.enter(i) ?? false) && kept;
      if (kept) e.revision = this.revision;
    }
    for (const [name, order] of this.orders) {
      const [key, background] = name.split(':');
      order.patch(touched, this.size, this.orderComparator(key as OrderKey, background || undefined));
    }
    return touched;
  }

  private write(i: number, c: LeadColumns, k: number, title: string): void {
    const rowid = c.rowid[k] ?? 0;
    this.rowids[i] = rowid;
    this.place(rowid, i);
    this.ids[i] = c.id[k] ?? '';
    this.titles[i] = title;
    const flags = c.flags[k] ?? 0;
    this.excluded[i] = flags & 1;
    this.enforcement[i] = (flags >> 1) & 1;
    this.pinned[i] = (flags >> 2) & 1;
    this.hidden[i] = (flags >> 3) & 1;
    this.noDegree[i] = (flags >> 4) & 1;
    this.salary[i] = c.salary[k] ?? Number.NaN;
    this.posted[i] = Date.parse(c.posted[k] ?? '');
    const fit = c.fitScore[k] ?? null;
    this.fit[i] = fit ?? 0;
    this.hasFit[i] = fit === null ? 0 : 1;
    backgroundIds.forEach((b, n) => {
      (this.byBackground[b] as Float32Array)[i] = c.byBackground[n]?.[k] ?? 0;
    });
    this.tracks[i] = c.tracks[k] ?? 0;
    this.latitude[i] = c.latitude[k] ?? Number.NaN;
    this.longitude[i] = c.longitude[k] ?? Number.NaN;
    const region = c.region[k] ?? null;
    this.coded.remote.set(i, c.remote[k] ?? null);
    this.coded.employmentType.set(i, c.employmentType[k] ?? null);
    this.coded.sourceType.set(i, c.sourceType[k] ?? null);
    this.coded.company.set(i, c.company[k] ?? null);
    this.coded.country.set(i, c.country[k] ?? null);
    this.coded.region.set(i, region?.toLowerCase() ?? null);
    if (region) this.regionDisplay.set(region.toLowerCase(), region);
    this.coded.cityKey.set(i, c.city[k]?.toLowerCase() ?? null);
    this.coded.status.set(i, c.status[k] ?? null);
    this.visibleByDefault[i] =
      this.hidden[i] === 0 && this.excluded[i] === 0 && c.status[k] === 'open' ? 1 : 0;
    this.writeRow(i);
  }

  /** Copies a position's facet codes, tracks and visibility into its row of `facetRows`. */
  private writeRow(i: number): void {
    const r = i * FACET_ROW;
    FACET_SLOTS.forEach((name, slot) => {
      this.facetRows[r + slot] = this.coded[name].codes[i] ?? -1;
    });
    this.facetRows[r + TRACKS_SLOT] = this.tracks[i] ?? 0;
    this.facetRows[r + VISIBLE_SLOT] = this.visibleByDefault[i] ?? 0;
  }

  /** A deleted lead: its position stays (positions never move) but matches no filter or facet. */
  private retire(i: number): void {
    this.place(this.rowids[i] ?? 0, -1);
    this.hidden[i] = 1;
    this.visibleByDefault[i] = 0;
    for (const name of CODED) this.coded[name].set(i, null);
    this.tracks[i] = 0;
    this.writeRow(i);
  }

  protected override resize(capacity: number): void {
    super.resize(capacity);
    for (const name of CODED) this.coded[name].resize(capacity);
  }

  /**
   * The count and facet counts of everything visible by default, worked out once per revision:
   * the page everyone lands on asks for exactly this.
   */
  defaultFacets(counter: () => FacetCounter): {
    total: number;
    facets: Record<FacetName, Record<string, number>>;
  } {
    const counts = this.derived(
      'default-facets',
      () => {
        const facets = counter();
        let total = 0;
        for (let i = 0; i < this.size; i++) {
          if (this.visibleByDefault[i] !== 1) continue;
          total++;
          facets.add(i);
        }
        return {
          total,
          facets,
          shown: { revision: -1, facets: {} as Record<FacetName, Record<string, number>> },
        };
      },
      (value) => {
        const step = (i: number, delta: 1 | -1) => {
          if (this.visibleByDefault[i] !== 1) return true;
          value.total += delta;
          value.facets.step(i, delta);
          return true;
        };
        return { leave: (i) => step(i, -1), enter: (i) => step(i, 1) };
      },
    );
    if (counts.shown.revision !== this.revision)
      counts.shown = { revision: this.revision, facets: counts.facets.result() };
    return { total: counts.total, facets: counts.shown.facets };
  }

  fitArray(background: string | undefined): Float32Array {
    return background ? (this.byBackground[background] ?? this.fit) : this.fit;
  }

  /** The order of `order()`: curated first, then the key descending, then the secondary, then id. */
  private orderComparator(key: OrderKey, background: string | undefined) {
    const fit = this.fitArray(background);
    const primary = key === 'fit' ? fit : key === 'newest' ? this.posted : this.salary;
    const secondary = key === 'fit' ? this.posted : fit;
    return (a: number, b: number) =>
      (this.pinned[b] ?? 0) - (this.pinned[a] ?? 0) ||
      descending(primary[a] ?? 0, primary[b] ?? 0) ||
      descending(secondary[a] ?? 0, secondary[b] ?? 0) ||
      ((this.ids[a] ?? '') < (this.ids[b] ?? '') ? -1 : 1);
  }

  /**
   * Every position in a fixed order, sorted on first use, then carried through every patch (see
   * PatchedOrder): a query without text walks it and stops when the page is full.
   */
  order(key: OrderKey, background: string | undefined): PatchedOrder {
    const name = `${key}:${background ?? ''}`;
    let order = this.orders.get(name);
    if (!order) {
      order = new PatchedOrder(this.size, this.orderComparator(key, background));
      this.orders.set(name, order);
    }
    return order;
  }
}

/** Descending order with missing values (NaN) last. */
export function descending(a: number, b: number): number {
  const na = Number.isNaN(a);
  const nb = Number.isNaN(b);
  if (na || nb) return na === nb ? 0 : na ? 1 : -1;
  return b - a;
}
