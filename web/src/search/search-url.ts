import { TRACKS } from '../../../core/fit/tracks';
import type { ListParamName, SearchParamName } from '../../../core/search/search-params-codec';
import {
  isSearchParamName,
  listParamNames,
  paramList,
  paramsOf,
  paramValue,
  searchQueryFields,
  withParam,
} from '../../../core/search/search-params-codec';
import { EMPLOYMENT_LABEL, formatCount, REMOTE_LABEL, SOURCE_LABEL } from '../format';

/**
 * The web side of the search-URL codec (core/search/search-params-codec.ts): every seeker page reads
 * and writes the search in its address bar through these, by the codec's typed parameter names.
 */
export { paramList, paramValue, withParam } from '../../../core/search/search-params-codec';

/** The search in a query string as the codec lays it out (values unchecked: the API checks them). */
export const readSearch = (params: URLSearchParams) => searchQueryFields(paramsOf(params));

/** Parameters that only arrange the results; every other one narrows them and counts as a filter. */
const ARRANGING = new Set<SearchParamName>(['q', 'sort', 'page', 'perPage', 'background']);

/** The parameters in a query string the codec knows, each once. */
const namesIn = (params: URLSearchParams): SearchParamName[] =>
  [...new Set(params.keys())].filter(isSearchParamName);

const isList = (name: SearchParamName): name is ListParamName =>
  (listParamNames as readonly string[]).includes(name);

export const activeFilterCount = (params: URLSearchParams): number =>
  namesIn(params).reduce(
    (n, name) => n + (ARRANGING.has(name) ? 0 : isList(name) ? paramList(params, name).length || 1 : 1),
    0,
  ) - (params.has('radiusKm') && params.has('near') ? 1 : 0);

/** The same search with other values for some parameters ('' or [] removes one). */
export const withParams = (
  params: URLSearchParams,
  values: Partial<Record<SearchParamName, string | readonly string[]>>,
): URLSearchParams =>
  Object.entries(values).reduce(
    (next, [name, value]) => withParam(next, name as SearchParamName, value ?? ''),
    params,
  );

/** A list parameter with one value added, or taken out if it was there. */
export const toggled = (params: URLSearchParams, name: ListParamName, value: string): URLSearchParams => {
  const values = paramList(params, name);
  return withParam(
    params,
    name,
    values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
  );
};

/** The link that shares a search: the whole search, with the seeker's background only if asked. */
export const shareParams = (params: URLSearchParams, background: string): URLSearchParams =>
  withParams(params, { page: '', background });

/** The parameters of the search's Atom feed: what it matches, not how the page is arranged. */
export const feedParams = (params: URLSearchParams): URLSearchParams =>
  withParams(params, { page: '', sort: '', background: '' });

export interface Chip {
  key: string;
  label: string;
  /** The query string without this filter. */
  without: (params: URLSearchParams) => URLSearchParams;
}

const trackLabel = (v: string) => TRACKS[v as keyof typeof TRACKS]?.label ?? v;
const LIST_LABELS: Record<ListParamName, [string, (v: string) => string]> = {
  track: ['Career track', trackLabel],
  remote: ['Where', (v) => REMOTE_LABEL[v] ?? v],
  type: ['Job type', (v) => EMPLOYMENT_LABEL[v] ?? v],
  company: ['Employer', (v) => v],
  sourceType: ['Listed on', (v) => SOURCE_LABEL[v] ?? v],
};
const money = (n: string) => `$${formatCount(Number(n))}`;
const POSTED: Record<string, string> = { '1': 'past 24 hours', '7': 'past week', '30': 'past month' };
const ONE_LABELS: Partial<Record<SearchParamName, (v: string, p: URLSearchParams) => string>> = {
  minSalary: (v) => `Pay at least ${money(v)} a year`,
  postedWithin: (v) => `Posted in the ${POSTED[v] ?? `past ${v} days`}`,
  region: (v) => `In ${v}`,
  city: (v) => `City: ${v}`,
  country: (v) => `Country: ${v}`,
  near: (v, p) => `Within ${p.get('radiusKm') ?? '50'} km of ${v}`,
  noDegree: () => 'No degree required',
  hideEnforcement: () => 'Hiding sworn and armed roles',
  showExcluded: () => 'Showing excluded employers',
  fitFloor: () => 'Including jobs with little fit',
  minFit: (v) => `Fit at least ${Math.round(Number(v) * 100)}%`,
  curatedOnly: () => 'Adviser picks only',
  status: (v) => `Status: ${v}`,
};

/** One removable chip per active filter value, in the order the filters appear. */
export function chipsFor(params: URLSearchParams): Chip[] {
  const chips: Chip[] = [];
  for (const name of listParamNames) {
    const [legend, label] = LIST_LABELS[name];
    for (const value of paramList(params, name)) {
      chips.push({
        key: `${name}=${value}`,
        label: `${legend}: ${label(value)}`,
        without: (p) => toggled(p, name, value),
      });
    }
  }
  for (const name of Object.keys(ONE_LABELS) as SearchParamName[]) {
    const label = ONE_LABELS[name];
    const value = paramValue(params, name);
    if (!label || value === '') continue;
    chips.push({
      key: name,
      label: label(value, params),
      without: (p) => withParams(p, name === 'near' ? { near: '', radiusKm: '' } : { [name]: '' }),
    });
  }
  return chips;
}
