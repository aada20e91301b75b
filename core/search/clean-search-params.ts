import { paramsRecord } from './params-record';
import { parseSearchParams, SearchParamsError } from './search-params';
import type { SearchQuery } from './search-query';

/**
 * A search from a link, with every parameter the codec refuses taken out (a mistyped value, an old
 * link): the seeker gets the rest of the search and a note naming what was ignored, instead of an
 * error. Used by the server for a landing URL and by the web app when the API refuses a search.
 */
export function cleanSearchParams(params: URLSearchParams): {
  clean: URLSearchParams;
  dropped: string[];
  query: SearchQuery;
} {
  const clean = new URLSearchParams(params);
  const dropped: string[] = [];
  for (;;) {
    try {
      return { clean, dropped, query: parseSearchParams(paramsRecord(clean)) };
    } catch (error) {
      if (!(error instanceof SearchParamsError)) throw error;
      const bad = error.fields.map((f) => f.field).filter((f) => clean.has(f));
      // A refusal that names no parameter in the link (a rule across several): keep only the words.
      const remove = bad.length > 0 ? bad : [...new Set(clean.keys())].filter((k) => k !== 'q');
      if (remove.length === 0)
        return { clean: new URLSearchParams(), dropped: ['q'], query: parseSearchParams({}) };
      for (const field of remove) {
        clean.delete(field);
        dropped.push(field);
      }
    }
  }
}
