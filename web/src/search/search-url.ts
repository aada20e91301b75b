import { TRACKS } from '../../../core/fit/tracks';
import { EMPLOYMENT_LABEL, formatCount, REMOTE_LABEL, SOURCE_LABEL } from '../format';

/** Parameters that only arrange the results; every other one narrows them and counts as a filter. */
const ARRANGING = new Set(['q', 'sort', 'page', 'perPage', 'background']);

/** The values of a list parameter, whether repeated or comma-separated. */
export const valuesOf = (params: URLSearchParams, name: string): string[] =>
  params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export const activeFilterCount = (params: URLSearchParams): number =>
  [...new Set(params.keys())].reduce(
    (n, key) => n + (ARRANGING.has(key) ? 0 : Math.max(1, valuesOf(params, key).length)),
    0,
  ) - (params.has('radiusKm') && params.has('near') ? 1 : 0);

export interface Chip {
  key: string;
  label: string;
  /** The query string without this filter. */
  without: (params: URLSearchParams) => URLSearchParams;
}

const trackLabel = (v: string) => TRACKS[v as keyof typeof TRACKS]?.label ?? v;
const LIST_LABELS: Record<string, [string, (v: string) => string]> = {
  track: ['Career track', trackLabel],
  remote: ['Where', (v) => REMOTE_LABEL[v] ?? v],
  type: ['Job type', (v) => EMPLOYMENT_LABEL[v] ?? v],
  company: ['Employer', (v) => v],
  sourceType: ['Listed on', (v) => SOURCE_LABEL[v] ?? v],
};
const money = (n: string) => `$${formatCount(Number(n))}`;
const POSTED: Record<string, string> = { '1': 'past 24 hours', '7': 'past week', '30': 'past month' };
const ONE_LABELS: Record<string, (v: string, p: URLSearchParams) => string> = {
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
  for (const [name, [legend, label]] of Object.entries(LIST_LABELS)) {
    for (const value of valuesOf(params, name)) {
      chips.push({
        key: `${name}=${value}`,
        label: `${legend}: ${label(value)}`,
        without: (p) => {
          const next = new URLSearchParams(p);
          const rest = valuesOf(p, name).filter((v) => v !== value);
          next.delete(name);
          if (rest.length) next.set(name, rest.join(','));
          return next;
        },
      });
    }
  }
  for (const [name, label] of Object.entries(ONE_LABELS)) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    chips.push({
      key: name,
      label: label(value, params),
      without: (p) => {
        const next = new URLSearchParams(p);
        next.delete(name);
        if (name === 'near') next.delete('radiusKm');
        return next;
      },
    });
  }
  return chips;
}
