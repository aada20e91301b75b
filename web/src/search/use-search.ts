import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'react';
import { paramsRecord } from '../../../core/search/params-record';
import { ApiProblem, call } from '../api-call';
import { api } from '../api-client';

export type SearchResult = InferResponseType<typeof api.leads.$get, 200>;

export type SearchState =
  | { status: 'loading'; result: SearchResult | null }
  | { status: 'ready'; result: SearchResult }
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

/**
 * Runs the search for a query string. An older request still in flight is aborted, so a slow answer
 * never overwrites a newer one; an answer seen in the last few minutes is shown without asking again.
 */
export function useSearch(queryString: string): SearchState {
  const [state, setState] = useState<SearchState>(() => {
    const known = fresh(queryString);
    return known ? { status: 'ready', result: known } : { status: 'loading', result: null };
  });

  useEffect(() => {
    const known = fresh(queryString);
    if (known) {
      setState({ status: 'ready', result: known });
      return;
    }
    const controller = new AbortController();
    setState((prev) => ({ status: 'loading', result: prev.result }));
    call(
      api.leads.$get(
        { query: paramsRecord(new URLSearchParams(queryString)) },
        { init: { signal: controller.signal } },
      ),
    )
      .then((result) => {
        remember(queryString, result);
        setState({ status: 'ready', result });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((prev) => ({
          status: 'error',
          message: plainProblem(error),
          result: prev.result,
          refused: refusedParams(error),
        }));
      });
    return () => controller.abort();
  }, [queryString]);

  return state;
}
