import { z } from 'zod';
import type { SearchQuery } from './search-query';
import { searchQuerySchema } from './search-query';

/**
 * The search as flat URL parameters: what the API accepts, the web app keeps in its address bar
 * and the CLI's flags map to. Lists may repeat a parameter or separate values with commas.
 */
export const searchParamNames = [
  'q',
  'remote',
  'city',
  'region',
  'country',
  'lat',
  'lon',
  'near',
  'radiusKm',
  'type',
  'minSalary',
  'postedWithin',
  'track',
  'minFit',
  'fitFloor',
  'noDegree',
  'background',
  'sourceType',
  'company',
  'showExcluded',
  'hideEnforcement',
  'status',
  'curatedOnly',
  'sort',
  'page',
  'perPage',
] as const;
export type SearchParamName = (typeof searchParamNames)[number];
export type SearchParams = Partial<Record<SearchParamName, string | string[]>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v);
const list = (v: string | string[] | undefined) =>
  v === undefined
    ? undefined
    : (Array.isArray(v) ? v : [v])
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean);
const num = (v: string | string[] | undefined) => {
  const text = one(v);
  if (text === undefined || text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
};
const bool = (v: string | string[] | undefined) => {
  const text = one(v);
  if (text === undefined) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(text)) return false;
  return text;
};

const FIELD_OF_PARAM: Partial<Record<SearchParamName, string>> = {
  type: 'employmentType',
  postedWithin: 'postedWithinDays',
  track: 'tracks',
};
const PARAM_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_PARAM).map(([p, f]) => [f, p]));

export class SearchParamsError extends Error {
  override readonly name = 'SearchParamsError';
  constructor(readonly fields: { field: string; message: string }[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '));
  }
}

export type SearchParamsReading =
  | { ok: true; query: SearchQuery }
  | { ok: false; fields: { field: string; message: string }[] };

/** Reads flat parameters into a SearchQuery; unknown parameters and bad values name the parameter. */
export function readSearchParams(raw: Readonly<Record<string, unknown>>): SearchParamsReading {
  // URL parameters are strings or lists of strings; anything else (a caller's mistake) is dropped.
  const params: Record<string, string | string[] | undefined> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') params[key] = value;
    else if (Array.isArray(value)) params[key] = value.filter((v): v is string => typeof v === 'string');
  }
  const unknown = Object.keys(params).filter(
    (k) => params[k] !== undefined && !(searchParamNames as readonly string[]).includes(k),
  );
  if (unknown.length > 0) {
    return {
      ok: false,
      fields: unknown.map((field) => ({
        field,
        message: `is not a search parameter (use ${searchParamNames.join(', ')})`,
      })),
    };
  }
  const p = params as SearchParams;
  const lat = num(p.lat);
  const lon = num(p.lon);
  const radiusKm = num(p.radiusKm) ?? 50;
  const place = one(p.near)?.trim();
  const near =
    lat !== undefined || lon !== undefined || (num(p.radiusKm) !== undefined && !place)
      ? { lat, lon, radiusKm }
      : undefined;
  const candidate = {
    q: one(p.q),
    remote: list(p.remote),
    city: one(p.city) || undefined,
    region: one(p.region) || undefined,
    country: one(p.country) || undefined,
    near,
    nearPlace: place ? { name: place, radiusKm } : undefined,
    employmentType: list(p.type),
    minSalary: num(p.minSalary),
    postedWithinDays: num(p.postedWithin),
    tracks: list(p.track),
    minFit: num(p.minFit),
    fitFloor: bool(p.fitFloor),
    noDegree: bool(p.noDegree),
    background: one(p.background) || undefined,
    sourceType: list(p.sourceType),
    company: list(p.company),
    showExcluded: bool(p.showExcluded),
    hideEnforcement: bool(p.hideEnforcement),
    status: one(p.status) || undefined,
    curatedOnly: bool(p.curatedOnly),
    sort: one(p.sort) || undefined,
    page: num(p.page),
    perPage: num(p.perPage),
  };
  const result = searchQuerySchema.safeParse(candidate);
  if (result.success) return { ok: true, query: result.data };
  return {
    ok: false,
    fields: result.error.issues.map((issue) => {
      const [first, second] = issue.path.map(String);
      const field =
        first === 'near'
          ? (second ?? 'lat')
          : first === 'nearPlace'
            ? second === 'radiusKm'
              ? 'radiusKm'
              : 'near'
            : (PARAM_OF_FIELD[first ?? ''] ?? first ?? '(query)');
      return {
        field,
        message: issue.code === 'invalid_type' ? `must be a ${issue.expected}` : issue.message,
      };
    }),
  };
}

/** As readSearchParams, throwing a SearchParamsError that names every bad parameter. */
export function parseSearchParams(params: Readonly<Record<string, unknown>>): SearchQuery {
  const reading = readSearchParams(params);
  if (reading.ok) return reading.query;
  throw new SearchParamsError(reading.fields);
}

const paramValue = z.union([z.string(), z.array(z.string())]);

/**
 * The search as a zod schema from flat URL parameters to a SearchQuery: what the API's validator
 * middleware checks a request's query with, so Hono's typed client knows each parameter. Issues
 * name parameters in their URL spelling.
 */
export const searchParamsSchema = z
  .partialRecord(z.enum(searchParamNames), paramValue)
  .transform((params, ctx): SearchQuery => {
    const reading = readSearchParams(params);
    if (reading.ok) return reading.query;
    for (const f of reading.fields) ctx.addIssue({ code: 'custom', path: [f.field], message: f.message });
    return z.NEVER;
  });

/** The parameters of a URL's query string, repeats kept, in the shape the codec reads. */
export function paramsOf(search: URLSearchParams | string): SearchParams {
  const url = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: Record<string, string[]> = {};
  for (const [key, value] of url) {
    const values = out[key] ?? [];
    values.push(value);
    out[key] = values;
  }
  return out as SearchParams;
}

/** The query string for a search, leaving out defaults so shared URLs stay short. */
export function toSearchParams(query: Partial<SearchQuery>): URLSearchParams {
  const out = new URLSearchParams();
  const put = (name: SearchParamName, value: unknown) => {
    if (value === undefined || value === null || value === '' || value === false) return;
    if (Array.isArray(value)) {
      if (value.length > 0) out.set(name, value.join(','));
    } else out.set(name, String(value));
  };
  put('q', query.q);
  put('remote', query.remote);
  put('city', query.city);
  put('region', query.region);
  put('country', query.country);
  put('lat', query.near?.lat);
  put('lon', query.near?.lon);
  put('near', query.nearPlace?.name);
  put('radiusKm', query.near?.radiusKm ?? query.nearPlace?.radiusKm);
  put('type', query.employmentType);
  put('minSalary', query.minSalary);
  put('postedWithin', query.postedWithinDays);
  put('track', query.tracks);
  put('minFit', query.minFit);
  if (query.fitFloor === false) put('fitFloor', 'off');
  put('noDegree', query.noDegree);
  put('background', query.background);
  put('sourceType', query.sourceType);
  put('company', query.company);
  put('showExcluded', query.showExcluded);
  put('hideEnforcement', query.hideEnforcement);
  if (query.status && query.status !== 'open') put('status', query.status);
  put('curatedOnly', query.curatedOnly);
  if (query.sort && query.sort !== 'relevance') put('sort', query.sort);
  if (query.page && query.page > 1) put('page', query.page);
  if (query.perPage && query.perPage !== 20) put('perPage', query.perPage);
  return out;
}
