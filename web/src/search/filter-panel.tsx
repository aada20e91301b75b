import { useEffect, useId, useState } from 'react';
import { TRACKS } from '../../../core/fit/tracks';
import type { ListParamName, SearchParamName } from '../../../core/search/search-params-codec';
import type { FacetName } from '../../../core/search/search-query';
import type { FacetOption } from '../components/facet-group';
import { FacetGroup } from '../components/facet-group';
import { EMPLOYMENT_LABEL, formatCount, REMOTE_LABEL, SOURCE_LABEL } from '../format';
import { paramList, paramValue, readSearch } from './search-url';
import type { SearchResult } from './use-search';

/** Facet name → its URL parameter and how its values read. */
const FACETS: {
  name: FacetName;
  param: ListParamName;
  legend: string;
  label: (v: string) => string;
  max: number;
  /** Values always offered, even when no result has them. */
  always?: readonly string[];
}[] = [
  {
    name: 'remote',
    param: 'remote',
    legend: 'Where you work',
    label: (v) => REMOTE_LABEL[v] ?? v,
    max: 3,
    always: Object.keys(REMOTE_LABEL),
  },
  {
    name: 'employmentType',
    param: 'type',
    legend: 'Job type',
    label: (v) => EMPLOYMENT_LABEL[v] ?? v,
    max: 8,
  },
  {
    name: 'tracks',
    param: 'track',
    legend: 'Career track',
    label: (v) => TRACKS[v as keyof typeof TRACKS]?.label ?? v,
    max: 20,
  },
  { name: 'company', param: 'company', legend: 'Employer', label: (v) => v, max: 12 },
  {
    name: 'sourceType',
    param: 'sourceType',
    legend: 'Listed on',
    label: (v) => SOURCE_LABEL[v] ?? v,
    max: 8,
  },
];
const PAY_STEPS = [30_000, 40_000, 50_000, 60_000, 75_000, 90_000, 110_000, 130_000, 160_000];
const POSTED = [
  ['', 'Any time'],
  ['1', 'Past 24 hours'],
  ['7', 'Past week'],
  ['30', 'Past month'],
] as const;
const RADII = [10, 25, 50, 100, 200];

export interface FilterActions {
  params: URLSearchParams;
  result: SearchResult | null;
  toggle: (param: ListParamName, value: string) => void;
  setOne: (param: SearchParamName, value: string) => void;
  setMany: (values: Partial<Record<SearchParamName, string>>) => void;
}

function Check(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <li>
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </li>
  );
}

/** Near a city: typed, then applied on Enter, on leaving the box, or when the distance changes. */
function NearCity({ params, setMany }: Pick<FilterActions, 'params' | 'setMany'>) {
  const id = useId();
  const [place, setPlace] = useState(paramValue(params, 'near'));
  useEffect(() => setPlace(paramValue(params, 'near')), [params]);
  const radius = paramValue(params, 'radiusKm') || '50';
  const apply = (name: string, km: string) =>
    setMany({ near: name.trim(), radiusKm: name.trim() && km !== '50' ? km : '' });
  return (
    <fieldset className="facet">
      <legend className="facet__legend">Location</legend>
      <label htmlFor={`${id}-place`} className="facet__label">
        Near a city
      </label>
      <input
        id={`${id}-place`}
        className="input input--small"
        value={place}
        placeholder="e.g. Tucson, AZ"
        autoComplete="off"
        onChange={(e) => setPlace(e.target.value)}
        onBlur={() => place.trim() !== paramValue(params, 'near') && apply(place, radius)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply(place, radius);
          }
        }}
      />
      <label htmlFor={`${id}-radius`} className="facet__label">
        Within
      </label>
      <select
        id={`${id}-radius`}
        className="select"
        value={radius}
        onChange={(e) => apply(place, e.target.value)}
      >
        {RADII.map((km) => (
          <option key={km} value={km}>
            {km} km ({Math.round(km * 0.621)} miles)
          </option>
        ))}
      </select>
    </fieldset>
  );
}

/** Every filter, the same on a wide screen's sidebar and in a phone's filter sheet. */
export function FilterPanel({ params, result, toggle, setOne, setMany }: FilterActions) {
  const id = useId();
  const regions = Object.entries(result?.facets.region ?? {}).sort((a, b) => a[0].localeCompare(b[0]));
  const fields = readSearch(params);
  const region = paramValue(params, 'region');
  const sort = paramValue(params, 'sort') || 'relevance';
  const facet = (f: (typeof FACETS)[number]) => (
    <FacetGroup
      key={f.name}
      legend={f.legend}
      selected={paramList(params, f.param)}
      onToggle={(value) => toggle(f.param, value)}
      options={(f.always
        ? f.always.map((v): [string, number] => [v, result?.facets[f.name]?.[v] ?? 0])
        : Object.entries(result?.facets[f.name] ?? {})
      )
        .slice(0, f.max)
        .map(([value, count]): FacetOption => ({ value, count, label: f.label(value) }))}
    />
  );
  const [remote, type, ...others] = FACETS;
  return (
    <div className="filter-panel">
      {remote && facet(remote)}
      <fieldset className="facet">
        <legend className="facet__legend">Pay</legend>
        <label htmlFor={`${id}-pay`} className="facet__label">
          At least (yearly; hourly and monthly pay is converted)
        </label>
        <select
          id={`${id}-pay`}
          className="select"
          value={paramValue(params, 'minSalary')}
          onChange={(e) => setOne('minSalary', e.target.value)}
        >
          <option value="">Any pay</option>
          {PAY_STEPS.map((n) => (
            <option key={n} value={n}>
              ${formatCount(n)} a year
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset className="facet">
        <legend className="facet__legend">Date posted</legend>
        <ul className="facet__list">
          {POSTED.map(([value, label]) => (
            <li key={value}>
              <input
                type="radio"
                id={`${id}-posted-${value}`}
                name={`${id}-posted`}
                checked={paramValue(params, 'postedWithin') === value}
                onChange={() => setOne('postedWithin', value)}
              />
              <label htmlFor={`${id}-posted-${value}`}>{label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <NearCity params={params} setMany={setMany} />
      {(regions.length > 0 || region) && (
        <fieldset className="facet">
          <legend className="facet__legend">State or region</legend>
          <label htmlFor={`${id}-region`} className="visually-hidden">
            State or region
          </label>
          <select
            id={`${id}-region`}
            className="select"
            value={region}
            onChange={(e) => setOne('region', e.target.value)}
          >
            <option value="">Anywhere</option>
            {region && !regions.some(([r]) => r === region) && <option value={region}>{region}</option>}
            {regions.map(([r, n]) => (
              <option key={r} value={r}>
                {r} ({n})
              </option>
            ))}
          </select>
        </fieldset>
      )}
      {type && facet(type)}
      <fieldset className="facet">
        <legend className="facet__legend">Requirements and roles</legend>
        <ul className="facet__list">
          <Check
            label="No degree required"
            checked={fields.noDegree === true}
            onChange={(on) => setOne('noDegree', on ? 'true' : '')}
          />
          <Check
            label="Hide sworn and armed roles"
            checked={fields.hideEnforcement === true}
            onChange={(on) => setOne('hideEnforcement', on ? 'true' : '')}
          />
          {(sort === 'salary' || sort === 'newest') && (
            <Check
              label="Only jobs with some fit for my background (when sorted by pay or date)"
              checked={fields.fitFloor !== false}
              onChange={(on) => setOne('fitFloor', on ? '' : 'off')}
            />
          )}
          <Check
            label="Show immigration enforcement and detention employers"
            checked={fields.showExcluded === true}
            onChange={(on) => setOne('showExcluded', on ? 'true' : '')}
          />
        </ul>
      </fieldset>
      {others.map(facet)}
    </div>
  );
}
