import type { SearchQuery } from './search-query';

/**
 * The zod-free half of the search-URL codec (search-params.ts re-exports all of it and adds the
 * validation): the parameter names, how a flat URL maps onto a SearchQuery's fields and back, and
 * how one parameter is read and written. The web app's search page uses this half alone, so its
 * first download carries no validation library; the API validates every search it runs.
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
type Raw = string | string[] | undefined;

/** Parameters that hold a list: repeated, or separated by commas, or both. */
export const listParamNames = [
  'remote',
  'type',
  'track',
  'sourceType',
  'company',
] as const satisfies readonly SearchParamName[];
export type ListParamName = (typeof listParamNames)[number];

export const isSearchParamName = (name: string): name is SearchParamName =>
  (searchParamNames as readonly string[]).includes(name);

const one = (v: Raw) => (Array.isArray(v) ? v.at(-1) : v);
const list = (v: Raw) =>
  v === undefined
    ? undefined
    : (Array.isArray(v) ? v : [v])
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean);
const num = (v: Raw) => {
  const text = one(v);
  if (text === undefined || text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
};
const bool = (v: Raw) => {
  const text = one(v);
  if (text === undefined) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(text)) return false;
  return text;
};

/**
 * Flat parameters laid out as a SearchQuery's fields, values not yet checked (a number parameter
 * that is not a number stays text, so the validator can name it).
 */
export function searchQueryFields(p: SearchParams) {
  const lat = num(p.lat);
  const lon = num(p.lon);
  const radiusKm = num(p.radiusKm) ?? 50;
  const place = one(p.near)?.trim();
  const near =
    lat !== undefined || lon !== undefined || (num(p.radiusKm) !== undefined && !place)
      ? { lat, lon, radiusKm }
      : undefined;
  return {
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
}

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

/** A single-valued parameter as the codec reads it (the last one wins), or '' when absent. */
export const paramValue = (search: URLSearchParams, name: SearchParamName): string =>
  one(paramsOf(search)[name]) ?? '';

/** A list parameter's values as the codec reads them, whether repeated or comma-separated. */
export const paramList = (search: URLSearchParams, name: ListParamName): string[] =>
  list(paramsOf(search)[name]) ?? [];

/**
 * Writes one parameter the way toSearchParams writes it (a list as one comma-separated value);
 * an empty value or list removes it. Returns a new URLSearchParams.
 */
export function withParam(
  search: URLSearchParams,
  name: SearchParamName,
  value: string | readonly string[],
): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete(name);
  const text = typeof value === 'string' ? value : value.join(',');
  if (text) next.set(name, text);
  return next;
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
