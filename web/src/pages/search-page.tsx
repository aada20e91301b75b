import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { BackgroundId } from '../../../core/fit/backgrounds';
import { BACKGROUNDS, backgroundIds } from '../../../core/fit/backgrounds';
import { TRACKS } from '../../../core/fit/tracks';
import type { FacetName } from '../../../core/search/search-query';
import type { FacetOption } from '../components/facet-group';
import { FacetGroup } from '../components/facet-group';
import { Pagination } from '../components/pagination';
import { ResultCard } from '../components/result-card';
import { EMPLOYMENT_LABEL, REMOTE_LABEL, SOURCE_LABEL } from '../format';
import { useBackgroundChoice } from '../search/background-choice';
import { useSearch } from '../search/use-search';
import { useDocumentTitle } from '../use-document-title';
import { ClientSearchBar } from '../workspace/client-search-bar';

/** Facet name → its URL parameter and how its values read. */
const FACETS: { name: FacetName; param: string; legend: string; label: (v: string) => string }[] = [
  {
    name: 'tracks',
    param: 'track',
    legend: 'Career track',
    label: (v) => TRACKS[v as keyof typeof TRACKS]?.label ?? v,
  },
  { name: 'remote', param: 'remote', legend: 'Where you work', label: (v) => REMOTE_LABEL[v] ?? v },
  { name: 'employmentType', param: 'type', legend: 'Job type', label: (v) => EMPLOYMENT_LABEL[v] ?? v },
  { name: 'region', param: 'region', legend: 'State or region', label: (v) => v },
  { name: 'company', param: 'company', legend: 'Employer', label: (v) => v },
  { name: 'sourceType', param: 'sourceType', legend: 'Listed on', label: (v) => SOURCE_LABEL[v] ?? v },
];

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const q = params.get('q') ?? '';
  useDocumentTitle(q ? `Jobs for “${q}”` : 'Search jobs');
  const [background, setBackground] = useBackgroundChoice();
  const [typed, setTyped] = useState(q);
  const inputId = useId();
  const backgroundId = useId();
  const sortId = useId();

  // Keep the box in step when the URL changes from elsewhere (back button, a chip).
  const lastPushed = useRef(q);
  useEffect(() => {
    if (q !== lastPushed.current) setTyped(q);
    lastPushed.current = q;
  }, [q]);

  // Typing updates the URL after a pause, replacing the entry, so Back leaves the search rather than each keystroke.
  useEffect(() => {
    if (typed === q) return;
    const timer = setTimeout(() => {
      lastPushed.current = typed;
      performance.mark('offramp:keystroke-settled');
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (typed.trim()) next.set('q', typed);
          else next.delete('q');
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    }, 50);
    return () => clearTimeout(timer);
  }, [typed, q, setParams]);

  const queryString = useMemo(() => {
    const next = new URLSearchParams(params);
    if (background && !next.has('background')) next.set('background', background);
    return next.toString();
  }, [params, background]);
  // The URL already waits for a pause in typing, so the request goes out at once.
  const state = useSearch(queryString, 0);
  const result = state.result;

  const selected = (param: string) =>
    params
      .getAll(param)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const update = (change: (next: URLSearchParams) => void) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      change(next);
      // A new filter starts again from the first page.
      next.delete('page');
      return next;
    });
  const toggle = (param: string, value: string) =>
    update((next) => {
      const values = new Set(selected(param));
      if (values.has(value)) values.delete(value);
      else values.add(value);
      next.delete(param);
      if (values.size) next.set(param, [...values].join(','));
    });
  const setOne = (param: string, value: string) =>
    update((next) => {
      if (value) next.set(param, value);
      else next.delete(param);
    });

  const chips: { label: string; remove: () => void }[] = [];
  for (const facet of FACETS) {
    for (const value of selected(facet.param))
      chips.push({
        label: `${facet.legend}: ${facet.label(value)}`,
        remove: () => toggle(facet.param, value),
      });
  }
  for (const [param, label] of [
    ['minSalary', 'Pay at least'],
    ['postedWithin', 'Posted within (days)'],
    ['city', 'City'],
    ['country', 'Country'],
  ] as const) {
    const value = params.get(param);
    if (value) chips.push({ label: `${label}: ${value}`, remove: () => setOne(param, '') });
  }
  if (params.get('showExcluded') === 'true')
    chips.push({ label: 'Showing excluded employers', remove: () => setOne('showExcluded', '') });
  if (params.get('hideEnforcement') === 'true')
    chips.push({ label: 'Hiding enforcement roles', remove: () => setOne('hideEnforcement', '') });

  const page = Number(params.get('page') ?? 1) || 1;
  const backTo = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (state.status === 'ready') performance.mark('offramp:results-rendered');
  }, [state]);

  return (
    <>
      <section className="hero hero--compact" aria-labelledby="search-heading">
        <h1 id="search-heading">Find civilian work that fits what you already do well</h1>
        <search>
          <form className="search-bar" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor={inputId} className="search-bar__label">
              Job title, skill or employer
            </label>
            <div className="search-bar__row">
              <input
                id={inputId}
                name="q"
                type="search"
                value={typed}
                onChange={(e) => {
                  performance.mark('offramp:keystroke');
                  setTyped(e.target.value);
                }}
                autoComplete="off"
                spellCheck={false}
                placeholder="e.g. fraud investigator, AML, emergency management"
                className="input"
              />
            </div>
            <div className="search-bar__options">
              <label htmlFor={backgroundId}>I was a</label>
              <select
                id={backgroundId}
                className="select"
                value={background}
                onChange={(e) => setBackground(e.target.value as BackgroundId | '')}
              >
                <option value="">any law-enforcement or admin role</option>
                {backgroundIds.map((id) => (
                  <option key={id} value={id}>
                    {BACKGROUNDS[id].iWasA}
                  </option>
                ))}
              </select>
              <span className="hint">
                Kept only in this browser. It re-ranks jobs by fit for your background.
              </span>
            </div>
          </form>
        </search>
      </section>

      <div className="search-layout">
        <aside className="filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading" className="filters__heading">
            Filters
          </h2>
          {FACETS.map((facet) => (
            <FacetGroup
              key={facet.name}
              legend={facet.legend}
              selected={selected(facet.param)}
              onToggle={(value) => toggle(facet.param, value)}
              options={Object.entries(result?.facets[facet.name] ?? {})
                .slice(0, facet.name === 'company' ? 12 : 20)
                .map(([value, count]): FacetOption => ({ value, count, label: facet.label(value) }))}
            />
          ))}
          <fieldset className="facet">
            <legend className="facet__legend">More</legend>
            <ul className="facet__list">
              <li>
                <input
                  type="checkbox"
                  id="f-hide-enf"
                  checked={params.get('hideEnforcement') === 'true'}
                  onChange={(e) => setOne('hideEnforcement', e.target.checked ? 'true' : '')}
                />
                <label htmlFor="f-hide-enf">Hide sworn and armed roles</label>
              </li>
              <li>
                <input
                  type="checkbox"
                  id="f-show-exc"
                  checked={params.get('showExcluded') === 'true'}
                  onChange={(e) => setOne('showExcluded', e.target.checked ? 'true' : '')}
                />
                <label htmlFor="f-show-exc">Show immigration enforcement and detention employers</label>
              </li>
            </ul>
          </fieldset>
        </aside>

        <section className="results" aria-labelledby="results-heading">
          <div className="results__bar">
            <h2 id="results-heading" className="results__count" aria-live="polite" aria-atomic="true">
              {state.status === 'loading' && !result
                ? 'Searching…'
                : result
                  ? `${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'job' : 'jobs'}`
                  : 'Results'}
            </h2>
            <label htmlFor={sortId} className="results__sort">
              Sort by{' '}
              <select
                id={sortId}
                className="select"
                value={params.get('sort') ?? 'relevance'}
                onChange={(e) => setOne('sort', e.target.value === 'relevance' ? '' : e.target.value)}
              >
                <option value="relevance">Best match</option>
                <option value="fit">Fit for my background</option>
                <option value="newest">Newest</option>
                <option value="salary">Highest pay</option>
              </select>
            </label>
          </div>

          <ClientSearchBar />
          {chips.length > 0 && (
            <ul className="chips" aria-label="Active filters">
              {chips.map((chip) => (
                <li key={chip.label}>
                  <button type="button" className="chip" onClick={chip.remove}>
                    {chip.label} <span aria-hidden="true">×</span>
                    <span className="visually-hidden"> (remove)</span>
                  </button>
                </li>
              ))}
            </ul>
          )}

          {state.status === 'error' && (
            <div className="notice notice--error" role="alert">
              <h3>The search did not work</h3>
              <p>{state.message} Check your connection and try again; nothing you typed was stored.</p>
            </div>
          )}

          {result && result.total === 0 && state.status !== 'error' && (
            <div className="empty-state">
              <h3>No jobs match yet</h3>
              <ul className="suggestions">
                {result.correctedQuery && (
                  <li>
                    Search for{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setTyped(result.correctedQuery ?? '')}
                    >
                      “{result.correctedQuery}”
                    </button>{' '}
                    instead
                  </li>
                )}
                {chips.slice(0, 3).map((chip) => (
                  <li key={chip.label}>
                    <button type="button" className="link-button" onClick={chip.remove}>
                      Drop the filter “{chip.label}”
                    </button>
                  </li>
                ))}
                {q && <li>Try fewer or broader words, such as “investigator” or “compliance”.</li>}
                {!q && chips.length === 0 && (
                  <li>
                    No job leads are loaded yet. If you run Offramp yourself, try <code>npm run demo</code>.
                  </li>
                )}
              </ul>
            </div>
          )}

          <ol
            className={`result-list${state.status === 'loading' && result ? ' result-list--stale' : ''}`}
            aria-busy={state.status === 'loading'}
          >
            {result?.hits.map((hit) => (
              <li key={hit.id}>
                <ResultCard hit={hit} backTo={backTo} />
              </li>
            ))}
          </ol>
          {result && (
            <Pagination
              page={page}
              pages={result.pages}
              onPage={(n) =>
                setParams((prev) => {
                  const next = new URLSearchParams(prev);
                  if (n > 1) next.set('page', String(n));
                  else next.delete('page');
                  return next;
                })
              }
            />
          )}
        </section>
      </div>
    </>
  );
}
