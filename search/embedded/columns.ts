import { backgroundIds } from '../../core/fit/backgrounds';

/** The facet columns held in `Columns.facetRows`, in slot order; then the tracks, then visibility. */
export const FACET_SLOTS = [
  'remote',
  'employmentType',
  'sourceType',
  'company',
  'country',
  'region',
] as const;
export const TRACKS_SLOT = 6;
export const VISIBLE_SLOT = 7;
export const FACET_ROW = 8;

/** A typed array of the same kind, `capacity` long, holding `from`'s values and `fill` after them. */
function grown<T extends Uint8Array | Uint16Array | Int32Array | Float32Array | Float64Array>(
  from: T,
  capacity: number,
  fill: number,
): T {
  const Kind = from.constructor as new (n: number) => T;
  const to = new Kind(capacity);
  to.set(from);
  if (fill !== 0) to.fill(fill, from.length);
  return to;
}

/** A string column stored as codes into a dictionary; -1 is null. */
export class CodedColumn {
  readonly values: string[] = [];
  private readonly codeOf = new Map<string, number>();
  codes = new Int32Array(0);
  /**
   * The codes again, plus one (0: null), in the narrowest array that holds them: a browse counts
   * a column over most of a million leads, and a byte each streams a quarter of what four do.
   */
  narrow: Uint8Array | Uint16Array | Int32Array = new Uint8Array(0);

  set(i: number, value: string | null): void {
    if (value === null) {
      this.codes[i] = -1;
      this.narrow[i] = 0;
      return;
    }
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
      if (code + 1 > 0xff && this.narrow instanceof Uint8Array) this.narrow = Uint16Array.from(this.narrow);
      if (code + 1 > 0xffff && this.narrow instanceof Uint16Array) this.narrow = Int32Array.from(this.narrow);
    }
    this.codes[i] = code;
    this.narrow[i] = code + 1;
  }

  code(value: string): number {
    return this.codeOf.get(value) ?? -2;
  }

  resize(capacity: number): void {
    this.codes = grown(this.codes, capacity, -1);
    this.narrow = grown(this.narrow, capacity, 0);
  }
}

/**
 * The typed arrays of the column index, with room to grow: patches append new leads, so arrays are
 * allocated with headroom and copied only when it runs out (amortised, as a dynamic array).
 */
export class Columns {
  size = 0;
  rowids = new Float64Array(0);
  /** Position by rowid (-1: no such lead): a typed array, as every matched row is looked up. */
  private positionByRowid = new Int32Array(0);
  /** Not hidden, open and not excluded: the default filters, tested as one byte. */
  visibleByDefault = new Uint8Array(0);
  excluded = new Uint8Array(0);
  enforcement = new Uint8Array(0);
  pinned = new Uint8Array(0);
  hidden = new Uint8Array(0);
  noDegree = new Uint8Array(0);
  salary = new Float64Array(0);
  posted = new Float64Array(0);
  fit = new Float32Array(0);
  hasFit = new Uint8Array(0);
  byBackground: Record<string, Float32Array> = Object.fromEntries(
    backgroundIds.map((b) => [b, new Float32Array(0)]),
  );
  tracks = new Uint16Array(0);
  /**
   * Per position, FACET_ROW numbers side by side: the six facet columns' codes (FACET_SLOTS order),
   * the tracks mask, and whether the lead is visible by default. A text search tests and counts
   * tens of thousands of scattered positions; reading one row each, rather than one entry in each
   * of eight arrays, is one cache miss per match instead of eight (at a million leads the arrays
   * are megabytes each, far beyond the CPU caches).
   */
  facetRows = new Int32Array(0);
  latitude = new Float64Array(0);
  longitude = new Float64Array(0);

  get capacity(): number {
    return this.rowids.length;
  }

  /** Makes room for `count` positions. */
  protected reserve(count: number): void {
    if (count <= this.capacity) return;
    this.resize(Math.max(count, Math.ceil(this.capacity * 1.25) + 1024));
  }

  protected resize(capacity: number): void {
    this.rowids = grown(this.rowids, capacity, 0);
    this.visibleByDefault = grown(this.visibleByDefault, capacity, 0);
    this.excluded = grown(this.excluded, capacity, 0);
    this.enforcement = grown(this.enforcement, capacity, 0);
    this.pinned = grown(this.pinned, capacity, 0);
    // Positions beyond `size` are hidden, so nothing ever matches one.
    this.hidden = grown(this.hidden, capacity, 1);
    this.noDegree = grown(this.noDegree, capacity, 0);
    this.salary = grown(this.salary, capacity, Number.NaN);
    this.posted = grown(this.posted, capacity, Number.NaN);
    this.fit = grown(this.fit, capacity, 0);
    this.hasFit = grown(this.hasFit, capacity, 0);
    for (const b of backgroundIds)
      this.byBackground[b] = grown(this.byBackground[b] ?? new Float32Array(0), capacity, 0);
    this.tracks = grown(this.tracks, capacity, 0);
    this.facetRows = grown(this.facetRows, capacity * FACET_ROW, 0);
    this.latitude = grown(this.latitude, capacity, Number.NaN);
    this.longitude = grown(this.longitude, capacity, Number.NaN);
  }

  /** Records (or, with -1, forgets) where a rowid sits. */
  protected place(rowid: number, i: number): void {
    if (rowid >= this.positionByRowid.length) {
      if (i < 0) return;
      this.positionByRowid = grown(
        this.positionByRowid,
        Math.max(rowid + 1, this.positionByRowid.length * 1.25 + 1024) | 0,
        -1,
      );
    }
    this.positionByRowid[rowid] = i;
  }

  positionOf(rowid: number): number {
    return this.positionByRowid[rowid] ?? -1;
  }
}
