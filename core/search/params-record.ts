import type { SearchParams } from './search-params-codec';
import { paramsOf } from './search-params-codec';

/** The parameters of a query string, repeats kept, in the shape the search codec reads. */
export const paramsRecord = (params: URLSearchParams): SearchParams => paramsOf(params);
