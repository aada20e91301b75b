import {
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useOptimistic,
  useRef,
  useState,
} from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { BACKGROUNDS } from '../../../core/fit/backgrounds';
import { AdviserClientBar } from '../components/adviser-client-bar';
import { Pagination } from '../components/pagination';
import { formatCount } from '../format';
import { ActiveChips } from '../search/active-chips';
import { AlertFeed } from '../search/alert-feed';
import { useBackgroundChoice } from '../search/background-choice';
import type { FilterActions } from '../search/filter-panel';
import { FilterPanel } from '../search/filter-panel';
import { FilterSheet } from '../search/filter-sheet';
import { NoResults } from '../search/no-results';
import { ResultList } from '../search/result-list';
import { SearchHero } from '../search/search-hero';
import {
  activeFilterCount,
  chipsFor,
  paramValue,
  toggled,
  withParam,
  withParams,
} from '../search/search-url';
import { ShareSearch } from '../search/share-search';
import { useMediaQuery } from '../search/use-media-query';
import { landing, startSearch, useSearch } from '../search/use-search';
import { useDocumentTitle } from '../use-document-title';

/** The lead a seeker last opened from the results, so that Back can put focus on it again. */
let lastOpened = '';
const rememberOpened = (leadId: string) => {
  lastOpened = leadId;
};

/** The query string the API is asked: the address bar's search, ranked for the seeker's background. */
const searchFor = (params: URLSearchParams, background: string) =>
  (background && !paramValue(params, 'background')
    ? withParam(params, 'background', background)
    : params
  ).toString();

const jobsText = (n: number) => `${formatCount(n)} ${n === 1 ? 'job' : 'jobs'}`;

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [ignored, setIgnored] = useState<string[]>(landing.dropped);
  const q = paramValue(params, 'q');
  useDocumentTitle(q ? `Jobs for “${q}”` : 'Search jobs');
  const [background, setBackground] = useBackgroundChoice();
  const [typed, setTyped] = useState(q);
  const [sheetOpen, setSheetOpen] = useState(false);
  const wide = useMediaQuery('(min-width: 48rem)');
  const sortId = useId();

  // Keep the box in step when the URL changes from elsewhere (back button, a chip).
  const lastPushed = useRef(q);
  useEffect(() => {
    if (q !== lastPushed.current) setTyped(q);
    lastPushed.current = q;
  }, [q]);

  // Typing updates the URL after a short pause, replacing the entry, so Back leaves the search rather
  // than undoing each keystroke. The search itself starts in the same moment, not after the render.
  useEffect(() => {
    if (typed === q) return;
    const timer = setTimeout(() => {
      lastPushed.current = typed;
      const next = withParams(params, { q: typed.trim() ? typed : '', page: '' });
      startSearch(searchFor(next, background));
      setParams(next, { replace: true });
    }, 40);
    return () => clearTimeout(timer);
  }, [typed, q, params, background, setParams]);

  const queryString = useMemo(() => searchFor(params, background), [params, background]);
  const state = useSearch(queryString);
  const result = state.result;

  // A link with a parameter the codec refuses (an old or mistyped link, a city it does not know): the
  // parameter leaves the address bar, a note says so, and the rest of the search runs. The server
  // already did this for the landing URL; later, the API's 400 names the parameters.
  useEffect(() => {
    if (landing.dropped.length === 0) return;
    landing.dropped = [];
    setParams(new URLSearchParams(landing.query), { replace: true });
  }, [setParams]);
  const refused = state.status === 'error' ? state.refused.filter((p) => params.has(p)) : [];
  const refusedKey = refused.join(',');
  useEffect(() => {
    if (!refusedKey) return;
    const names = refusedKey.split(',');
    setIgnored(names);
    setParams(
      (prev) => {
        // Raw deletes: what the API refused may not be a search parameter at all (an old link's).
        const next = new URLSearchParams(prev);
        for (const name of names) next.delete(name);
        if (names.includes('near')) next.delete('radiusKm');
        return next;
      },
      { replace: true },
    );
  }, [refusedKey, setParams]);

  // Every change goes through the codec's typed names; a new filter starts again from page one.
  // React Router applies a URL change inside a transition, so a controlled radio or checkbox would
  // spring back to its old state until that transition commits. The filters show the new URL at
  // once through React's optimistic state, which gives way to the real one when it lands
  // (https://react.dev/reference/react/useOptimistic).
  const [shown, showParams] = useOptimistic(params);
  const update = useCallback(
    (change: (prev: URLSearchParams) => URLSearchParams) => {
      const next = withParam(change(new URLSearchParams(shown)), 'page', '');
      startTransition(() => {
        showParams(next);
        setParams(next);
      });
    },
    [shown, showParams, setParams],
  );
  const actions: FilterActions = {
    params: shown,
    result,
    toggle: (param, value) => update((prev) => toggled(prev, param, value)),
    setOne: (param, value) => update((prev) => withParam(prev, param, value)),
    setMany: (values) => update((prev) => withParams(prev, values)),
  };
  const clearFilters = () =>
    update((prev) =>
      withParams(new URLSearchParams(), { q: paramValue(prev, 'q'), sort: paramValue(prev, 'sort') }),
    );

  const chips = chipsFor(shown);
  // The background is a ranking, not a filter, but it gets a chip too so the change is visible.
  const backgroundChip = background
    ? {
        key: 'background',
        label: `Ranked for: ${BACKGROUNDS[background].iWasA}`,
        remove: () => setBackground(''),
      }
    : null;
  const filterCount = activeFilterCount(shown);
  // A pick shows at once (optimistic), before the router commits its URL and the search for it
  // starts; until then the answer held is for the filters before the pick.
  const settled = state.status === 'ready' && shown === params;
  const page = Number(paramValue(params, 'page')) || 1;
  const backTo = `${location.pathname}${location.search}`;
  const count =
    state.status === 'loading' && !result ? 'Searching…' : result ? jobsText(result.total) : 'Results';

  // For `npm run bench -- web`: when the answer to a query reached the screen, and which query it was.
  useEffect(() => {
    if (state.status !== 'ready') return;
    performance.mark('offramp:results-rendered', {
      detail: { q: paramValue(new URLSearchParams(state.query), 'q') },
    });
  }, [state]);

  // Back from a job: focus returns to the link that opened it (the scroll is restored by the router).
  useEffect(() => {
    if (navigationType !== 'POP' || !lastOpened || !result) return;
    const link = document.querySelector<HTMLAnchorElement>(`#hit-${CSS.escape(lastOpened)} a`);
    link?.focus({ preventScroll: true });
    lastOpened = '';
  }, [navigationType, result]);

  const filters = <FilterPanel {...actions} />;
  return (
    <>
      <SearchHero typed={typed} onType={setTyped} background={background} onBackground={setBackground} />

      {ignored.length > 0 && (
        <p className="notice notice--warning ignored-note" role="status">
          We ignored a filter we did not understand in the link ({ignored.join(', ')}).{' '}
          <button type="button" className="link-button" onClick={() => setIgnored([])}>
            Dismiss
          </button>
        </p>
      )}

      <div className="search-layout">
        {wide && (
          <aside className="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading" className="filters__heading">
              Filters
            </h2>
            {filters}
          </aside>
        )}

        <section className="results" aria-labelledby="results-heading">
          <div className="results__bar">
            <h2 id="results-heading" className="results__count" aria-live="polite" aria-atomic="true">
              {count}
            </h2>
            {!wide && (
              <button
                type="button"
                className="button button--secondary filters-button"
                aria-haspopup="dialog"
                onClick={() => setSheetOpen(true)}
              >
                Filters{filterCount > 0 ? ` (${filterCount})` : ''}
              </button>
            )}
            <label htmlFor={sortId} className="results__sort">
              Sort{' '}
              <select
                id={sortId}
                className="select"
                value={paramValue(shown, 'sort') || 'relevance'}
                onChange={(e) => actions.setOne('sort', e.target.value === 'relevance' ? '' : e.target.value)}
              >
                <option value="relevance">Best match</option>
                <option value="fit">Fit for me</option>
                <option value="newest">Newest</option>
                <option value="salary">Highest pay</option>
              </select>
            </label>
          </div>

          <AdviserClientBar />
          <ActiveChips
            chips={chips}
            extra={backgroundChip}
            params={params}
            onChange={(next) => setParams(next)}
            onClear={clearFilters}
          />

          {state.status === 'error' && state.refused.length === 0 && (
            <div className="notice notice--error" role="alert">
              <h3>The search did not work</h3>
              <p>{state.message} Nothing you typed was stored.</p>
            </div>
          )}

          {result && result.total === 0 && state.status !== 'error' && (
            <NoResults
              corrected={result.correctedQuery ?? null}
              onCorrect={setTyped}
              chips={chips}
              onDrop={(chip) => setParams(chip.without(params))}
              query={q}
            />
          )}

          <ResultList
            hits={result?.hits}
            backTo={backTo}
            pending={state.status === 'loading' ? (result ? 'stale' : 'waiting') : null}
            onOpen={rememberOpened}
          />
          {result && (
            <Pagination
              page={page}
              pages={result.pages}
              onPage={(n) => setParams((prev) => withParam(prev, 'page', n > 1 ? String(n) : ''))}
            />
          )}
          <div className="results__tools">
            <ShareSearch search={params} background={background} />
            <AlertFeed search={params} />
          </div>
        </section>
      </div>
      {!wide && (
        <FilterSheet
          open={sheetOpen}
          onClose={() => setSheetOpen(false)}
          // The sheet's count says what "Show" will show: while a newer search runs it says so rather
          // than repeat the count of the search before the last pick.
          count={settled ? count : 'Counting jobs…'}
          total={settled ? state.result.total : null}
          onClear={clearFilters}
        >
          {/* Built only while open: a phone's first render is the results alone. */}
          {sheetOpen && filters}
        </FilterSheet>
      )}
    </>
  );
}
