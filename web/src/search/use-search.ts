import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'react';
import { paramsOf } from '../../../core/search/search-params-codec';
import { ApiProblem, call } from '../api-call';
import { api } from '../api-client';

export type SearchResult = InferResponseType<typeof api.leads.$get, 200>;

export type SearchState =
  | { status: 'loading'; result: SearchResult | null }
  /** `query` is the query string the result answers, so a late answer can be told from the latest. */
  | { status: 'ready'; result: SearchResult; query: string }
  | {
      status: 'error';
      message: string;
      result: SearchResult | null;
      /** URL parameters the API refused (a bad value, a place it does not know); empty otherwise. */
      refused: string[];
    };

/** Recent answers by query string, so Back shows the same results at once (and can restore the scroll). */
const recent = new Map<string, { result: SearchResult; at: number }>();
const FRESH_MS = 5 * 60_000;
const remember = (query: string, result: SearchResult) => {
  recent.delete(query);
  recent.set(query, { result, at: Date.now() });
  if (recent.size > 12) recent.delete(recent.keys().next().value ?? '');
};
const fresh = (query: string) => {
  const hit = recent.get(query);
  return hit && Date.now() - hit.at < FRESH_MS ? hit.result : null;
};

/**
 * The server puts the landing URL's first page of results into the HTML (api/web-assets.ts), with
 * the names of any parameters it had to leave out of the link.
 */
function takeInlinedResults(): { query: string; dropped: string[] } {
  const none = { query: '', dropped: [] };
  const script = document.getElementById('first-results');
  if (!script?.textContent) return none;
  script.remove();
  try {
    const data = JSON.parse(script.textContent) as { query: string; dropped: string[]; result: SearchResult };
    remember(data.query, data.result);
    // Until the page takes the refused parameters out of the address bar, the link as it stands
    // shows the same answer, rather than asking the API for a search it would refuse.
    remember(new URLSearchParams(window.location.search).toString(), data.result);
    return { query: data.query, dropped: data.dropped };
  } catch {
    // Unreadable: the page asks the API instead.
    return none;
  }
}
/** The landing link as the server ran it, and the parameters it had to leave out (said once). */
export const landing = typeof document !== 'undefined' ? takeInlinedResults() : { query: '', dropped: [] };

/** What went wrong, in words a seeker can act on; never the server's field-level wording. */
function plainProblem(error: unknown): string {
  if (!(error instanceof ApiProblem)) return 'Something went wrong while searching. Try again in a moment.';
  if (error.code === 'network') return 'Offramp could not be reached. Check your connection and try again.';
  if (error.status === 429) return 'Too many searches in a short time. Wait a few seconds and try again.';
  if (error.status === 400) return 'That search could not be run. Clear the filters and try again.';
  return 'Offramp had a problem on its side. Try again in a moment.';
}

function refusedParams(error: unknown): string[] {
  if (!(error instanceof ApiProblem) || error.code !== 'invalid_request') return [];
  const fields = (error.details as { fields?: { field?: unknown }[] } | undefined)?.fields ?? [];
  return fields.map((f) => f.field).filter((f): f is string => typeof f === 'string');
}

interface Pending {
  query: string;
  controller: AbortController;
  answer: Promise<SearchResult>;
}
/** The one search on its way: starting another aborts it, so a slow answer never lands late. */
let inFlight: Pending | null = null;

/**
 * Asks the API for a search, or joins the same request already on its way. The search box calls it
 * the moment its typing pause ends, before the address bar and the page catch up, so the request
 * does not wait for a render; useSearch then joins the same request.
 */
export function startSearch(query: string): Pending {
  if (inFlight?.query === query && !inFlight.controller.signal.aborted) return inFlight;
  inFlight?.controller.abort();
  const controller = new AbortController();
  const answer = call(api.leads.$get({ query: paramsOf(query) }, { init: { signal: controller.signal } }));
  const entry: Pending = { query, controller, answer };
  inFlight = entry;
  answer.then(
    (result) => remember(query, result),
    () => {},
  );
  const settle = () => {
    if (inFlight === entry) inFlight = null;
  };
  answer.then(settle, settle);
  return entry;
}

/**
 * Runs the search for a query string. An older request still in flight is aborted, so a slow answer
 * never overwrites a newer one; an answer seen in the last few minutes is shown without asking again.
 */
export function useSearch(queryString: string): SearchState {
  const [state, setState] = useState<SearchState>(() => {
    const known = fresh(queryString);
    return known
      ? { status: 'ready', result: known, query: queryString }
      : { status: 'loading', result: null };
  });

  useEffect(() => {
    const known = fresh(queryString);
    if (known) {
      setState({ status: 'ready', result: known, query: queryString });
      return;
    }
    let current = true;
    const pending = startSearch(queryString);
    setState((prev) => ({ status: 'loading', result: prev.result }));
    pending.answer
      .then((result) => {
        if (current) setState({ status: 'ready', result, query: queryString });
      })
      .catch((error: unknown) => {
        if (!current || pending.controller.signal.aborted) return;
        setState((prev) => ({
          status: 'error',
          message: plainProblem(error),
          result: prev.result,
          refused: refusedParams(error),
        }));
      });
    return () => {
      current = false;
      // Leaving the page (or this query) with its request still running: nobody needs the answer.
      if (inFlight === pending) {
        pending.controller.abort();
        inFlight = null;
      }
    };
  }, [queryString]);

  // In the render where the query has just changed (before the effect above runs), the answer held
  // is for the previous query: it is shown as stale, never as the answer to this one.
  if (state.status === 'ready' && state.query !== queryString)
    return { status: 'loading', result: state.result };
  return state;
}
