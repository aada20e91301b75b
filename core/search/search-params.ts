import { z } from 'zod';
import type { SearchParamName, SearchParams } from './search-params-codec';
import { searchParamNames, searchQueryFields } from './search-params-codec';
import type { SearchQuery } from './search-query';
import { searchQuerySchema } from './search-query';

/**
 * The search as flat URL parameters: what the API accepts, the web app keeps in its address bar
 * and the CLI's flags map to. Lists may repeat a parameter or separate values with commas. The
 * mapping itself (names, fields, writing a query back) is search-params-codec.ts; this module adds
 * the validation, and re-exports the rest so there is one place to import the codec from.
 */
export type { ListParamName, SearchParamName, SearchParams } from './search-params-codec';
export {
  isSearchParamName,
  listParamNames,
  paramList,
  paramsOf,
  paramValue,
  searchParamNames,
  searchQueryFields,
  toSearchParams,
  withParam,
} from './search-params-codec';

const FIELD_OF_PARAM: Partial<Record<SearchParamName, string>> = {
  type: 'employmentType',
  postedWithin: 'postedWithinDays',
  track: 'tracks',
};
const PARAM_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_PARAM).map(([p, f]) => [f, p]));

export class SearchParamsError extends Error {
  override readonly name = 'SearchParamsError';
  constructor(readonly fields: { field: string; message: string }[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '));
  }
}

export type SearchParamsReading =
  | { ok: true; query: SearchQuery }
  | { ok: false; fields: { field: string; message: string }[] };

/** Reads flat parameters into a SearchQuery; unknown parameters and bad values name the parameter. */
export function readSearchParams(raw: Readonly<Record<string, unknown>>): SearchParamsReading {
  // URL parameters are strings or lists of strings; anything else (a caller's mistake) is dropped.
  const params: Record<string, string | string[] | undefined> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') params[key] = value;
    else if (Array.isArray(value)) params[key] = value.filter((v): v is string => typeof v === 'string');
  }
  const unknown = Object.keys(params).filter(
    (k) => params[k] !== undefined && !(searchParamNames as readonly string[]).includes(k),
  );
  if (unknown.length > 0) {
    return {
      ok: false,
      fields: unknown.map((field) => ({
        field,
        message: `is not a search parameter (use ${searchParamNames.join(', ')})`,
      })),
    };
  }
  const candidate = searchQueryFields(params as SearchParams);
  const result = searchQuerySchema.safeParse(candidate);
  if (result.success) return { ok: true, query: result.data };
  return {
    ok: false,
    fields: result.error.issues.map((issue) => {
      const [first, second] = issue.path.map(String);
      const field =
        first === 'near'
          ? (second ?? 'lat')
          : first === 'nearPlace'
            ? second === 'radiusKm'
              ? 'radiusKm'
              : 'near'
            : (PARAM_OF_FIELD[first ?? ''] ?? first ?? '(query)');
      return {
        field,
        message: issue.code === 'invalid_type' ? `must be a ${issue.expected}` : issue.message,
      };
    }),
  };
}

/** As readSearchParams, throwing a SearchParamsError that names every bad parameter. */
export function parseSearchParams(params: Readonly<Record<string, unknown>>): SearchQuery {
  const reading = readSearchParams(params);
  if (reading.ok) return reading.query;
  throw new SearchParamsError(reading.fields);
}

const paramValue = z.union([z.string(), z.array(z.string())]);

/**
 * The search as a zod schema from flat URL parameters to a SearchQuery: what the API's validator
 * middleware checks a request's query with, so Hono's typed client knows each parameter. Issues
 * name parameters in their URL spelling.
 */
export const searchParamsSchema = z
  .partialRecord(z.enum(searchParamNames), paramValue)
  .transform((params, ctx): SearchQuery => {
    const reading = readSearchParams(params);
    if (reading.ok) return reading.query;
    for (const f of reading.fields) ctx.addIssue({ code: 'custom', path: [f.field], message: f.message });
    return z.NEVER;
  });
