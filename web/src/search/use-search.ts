import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../../core/search/search-query';
import { api } from '../api-client';

export type SearchState =
  | { status: 'loading'; result: SearchResult | null }
  | { status: 'ready'; result: SearchResult }
  | { status: 'error'; message: string; result: SearchResult | null };

/**
 * Runs the search for a query string: debounced while typing, and an older request still in flight
 * is aborted so a slow answer never overwrites a newer one.
 */
export function useSearch(queryString: string, debounceMs = 150): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'loading', result: null });
  const last = useRef<SearchResult | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', result: last.current });
    const timer = setTimeout(async () => {
      try {
        const query = Object.fromEntries(
          [...new URLSearchParams(queryString).keys()].map((k) => [
            k,
            new URLSearchParams(queryString).getAll(k),
          ]),
        );
        const res = await api.leads.$get({ query }, { init: { signal: controller.signal } });
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          setState({
            status: 'error',
            message: body?.error?.message ?? `The search failed (${res.status}).`,
            result: last.current,
          });
          return;
        }
        const result = (await res.json()) as unknown as SearchResult;
        last.current = result;
        setState({ status: 'ready', result });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          message: `Offramp could not be reached (${(error as Error).message}).`,
          result: last.current,
        });
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [queryString, debounceMs]);

  return state;
}
