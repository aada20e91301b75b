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
  'radiusKm',
  'type',
  'minSalary',
  'postedWithin',
  'track',
  'minFit',
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

/** Parses flat parameters into a SearchQuery; unknown parameters and bad values name the parameter. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchQuery {
  const unknown = Object.keys(params).filter(
    (k) => params[k] !== undefined && !(searchParamNames as readonly string[]).includes(k),
  );
  if (unknown.length > 0) {
    throw new SearchParamsError(
      unknown.map((field) => ({
        field,
        message: `is not a search parameter (use ${searchParamNames.join(', ')})`,
      })),
    );
  }
  const p = params as SearchParams;
  const lat = num(p.lat);
  const lon = num(p.lon);
  const radiusKm = num(p.radiusKm);
  const near =
    lat !== undefined || lon !== undefined || radiusKm !== undefined
      ? { lat, lon, radiusKm: radiusKm ?? 50 }
      : undefined;
  const candidate = {
    q: one(p.q),
    remote: list(p.remote),
    city: one(p.city) || undefined,
    region: one(p.region) || undefined,
    country: one(p.country) || undefined,
    near,
    employmentType: list(p.type),
    minSalary: num(p.minSalary),
    postedWithinDays: num(p.postedWithin),
    tracks: list(p.track),
    minFit: num(p.minFit),
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
  if (result.success) return result.data;
  throw new SearchParamsError(
    result.error.issues.map((issue) => {
      const [first, second] = issue.path.map(String);
      const field =
        first === 'near' ? (second ?? 'lat') : (PARAM_OF_FIELD[first ?? ''] ?? first ?? '(query)');
      return {
        field,
        message: issue.code === 'invalid_type' ? `must be a ${issue.expected}` : issue.message,
      };
    }),
  );
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
  put('radiusKm', query.near?.radiusKm);
  put('type', query.employmentType);
  put('minSalary', query.minSalary);
  put('postedWithin', query.postedWithinDays);
  put('track', query.tracks);
  put('minFit', query.minFit);
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
