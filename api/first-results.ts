import { cleanSearchParams } from '../core/search/clean-search-params';
import { SearchParamsError } from '../core/search/search-params';
import type { SearchEngine } from '../search/search-engine';

/**
 * The first page of results for a landing URL, to go into its HTML. Parameters the codec refuses,
 * and those only the engine can judge (a city no lead lists), are left out and named in `dropped`.
 */
export async function firstResults(search: SearchEngine, params: URLSearchParams) {
  const { clean, dropped, query } = cleanSearchParams(params);
  try {
    return { query: clean.toString(), dropped, result: await search.search(query) };
  } catch (error) {
    if (!(error instanceof SearchParamsError)) throw error;
    const refused = new Set(error.fields.map((f) => f.field));
    if (refused.has('near')) refused.add('radiusKm');
    const rest = new URLSearchParams([...clean].filter(([key]) => !refused.has(key)));
    const again = cleanSearchParams(rest);
    const gone = [...clean.keys()].filter((key) => refused.has(key));
    return {
      query: again.clean.toString(),
      dropped: [...dropped, ...gone],
      result: await search.search(again.query),
    };
  }
}
