import { backgroundIds } from '../../core/fit/backgrounds';
import { trackIds } from '../../core/fit/tracks';
import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';

/** Every lead's searchable facts, one array per column, all in rowid order. */
export interface LeadColumns {
  rowid: number[];
  id: string[];
  title: string[];
  status: string[];
  /** Bit 0: excluded; 1: an enforcement role; 2: pinned; 3: hidden; 4: no degree required. */
  flags: number[];
  remote: (string | null)[];
  employmentType: (string | null)[];
  sourceType: string[];
  company: string[];
  country: (string | null)[];
  region: (string | null)[];
  city: (string | null)[];
  salary: (number | null)[];
  posted: string[];
  fitScore: (number | null)[];
  /** Fit per background, in `backgroundIds` order. */
  byBackground: (number | null)[][];
  /** Bit k set when the lead is in track `trackIds[k]`. */
  tracks: number[];
  latitude: (number | null)[];
  longitude: (number | null)[];
}

/** Track membership as a bit mask, worked out by SQLite from the JSON array of track ids. */
const TRACK_MASK = trackIds.map((t, k) => `((instr(l.tracks, '"${t}"') > 0) << ${k})`).join(' | ');

/** The value each column of LeadColumns is read from (background and track ids are fixed enums). */
const SOURCES: Record<Exclude<keyof LeadColumns, 'byBackground'>, string> = {
  rowid: 'l.rowid',
  id: 'l.id',
  title: 'l.title',
  status: 'l.status',
  // SQLite gives | and << the same precedence, so every shift has its own parentheses.
  flags:
    '(l.excluded IS NOT NULL) | ((coalesce(c.pinned, 0) != 0) << 2) | ((coalesce(c.hidden, 0) != 0) << 3) | ((l.no_degree != 0) << 4)',
  remote: 'l.remote',
  employmentType: 'l.employment_type',
  sourceType: 'l.source_type',
  company: 'l.company',
  country: 'l.country',
  region: 'l.region',
  city: 'l.city',
  salary: 'l.salary_annual_max',
  posted: 'coalesce(l.posted_at, l.first_seen)',
  fitScore: 'l.fit_score',
  tracks: TRACK_MASK,
  latitude: 'l.latitude',
  longitude: 'l.longitude',
};

const NAMES = Object.keys(SOURCES) as (keyof typeof SOURCES)[];

/**
 * The facts kept inside the fit JSON, read with one json_extract of several paths (which returns
 * them as one JSON array's text): SQLite parses each lead's fit once rather than once per fact.
 */
const FIT_FACTS = `json_extract(l.fit, '$.enforcementRole', ${backgroundIds.map((b) => `'$.byBackground.${b}'`).join(', ')})`;

/** Which leads to read: all, a range of rowids (a slice of a rebuild), or the given rowids (a patch). */
export type LeadSelection = { all: true } | { after: number; limit: number } | { rowids: number[] };

/**
 * Reads the selected leads' searchable facts as one JSON array per column, built by SQLite. Reading
 * 100,000 leads as row objects took over two seconds, most of it creating and collecting the
 * objects; a few large arrays take a fraction of that.
 */
export function readLeadColumns(db: Store, selection: LeadSelection = { all: true }): LeadColumns {
  const selects = [...NAMES.map((name, k) => `${SOURCES[name]} AS c${k}`), `${FIT_FACTS} AS fit`];
  // json() in the outer query: the JSON subtype that keeps the facts an array, not a string, does
  // not survive the subquery.
  const aggregates = [...NAMES.map((_, k) => `json_group_array(c${k})`), 'json_group_array(json(fit))'];
  const where =
    'rowids' in selection
      ? 'WHERE l.rowid IN (SELECT value FROM json_each(@rowids))'
      : 'after' in selection
        ? 'WHERE l.rowid > @after'
        : '';
  const limit = 'limit' in selection ? 'LIMIT @limit' : '';
  const args =
    'rowids' in selection
      ? { rowids: JSON.stringify(selection.rowids) }
      : 'after' in selection
        ? { after: selection.after, limit: selection.limit }
        : null;
  // Prepared once per connection and kind of selection: a patch reads a few leads many times over.
  const read = statement(
    db,
    `SELECT ${aggregates.join(', ')} FROM (
       SELECT ${selects.join(', ')} FROM leads l LEFT JOIN lead_curation c ON c.lead_id = l.id ${where} ORDER BY l.rowid ${limit})`,
  ).raw();
  const row = (args ? read.get(args) : read.get()) as string[];
  const columns = Object.fromEntries(NAMES.map((name, k) => [name, JSON.parse(row[k] ?? '[]')])) as Omit<
    LeadColumns,
    'byBackground'
  >;
  const facts = JSON.parse(row[NAMES.length] ?? '[]') as ((boolean | number | null)[] | null)[];
  facts.forEach((f, i) => {
    if (f?.[0]) columns.flags[i] = (columns.flags[i] ?? 0) | 2;
  });
  return {
    ...columns,
    byBackground: backgroundIds.map((_, k) => facts.map((f) => (f?.[k + 1] as number | null) ?? null)),
  };
}
