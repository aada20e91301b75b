import { Hono } from 'hono';
import { validator } from 'hono-openapi';
import { z } from 'zod';
import { backgroundIds } from '../../core/fit/backgrounds';
import { fitForBackground } from '../../core/fit/fit-for-background';
import { readSearchParams, SearchParamsError, searchParamsSchema } from '../../core/search/search-params';
import type { SearchQuery } from '../../core/search/search-query';
import { leadCurationMarks } from '../../store/curation-repo';
import { getLead } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import { pickEncoding } from '../compress-responses';
import { codedEtag, noneMatchHolds } from '../conditional-request';
import { facetsDoc, leadDoc, searchDoc } from '../openapi/lead-docs';
import type { SearchCache } from '../search-cache';
import { validate } from '../validate';

/** The one 400 a bad search gets, the code every other validator uses, naming each bad parameter. */
function invalidSearch(fields: { field: string; message: string }[]) {
  const first = fields[0];
  return apiError(400, 'invalid_request', first ? `${first.field}: ${first.message}` : 'Invalid search', {
    fields,
  });
}

/**
 * The search URL's parameters, checked by the codec's zod schema (core/search/search-params.ts):
 * Hono's typed client sees each parameter, the handler gets a SearchQuery, and a bad one gets the
 * codec's own message in the parameter's URL spelling.
 */
export const searchQueryValidator = () =>
  validator('query', searchParamsSchema, (result) => {
    if (result.success) return;
    // The hook is handed the raw parameters (typed as the output by hono-openapi).
    const reading = readSearchParams(result.data);
    throw invalidSearch(reading.ok ? [] : reading.fields);
  });

/** Reads a search from URL parameters outside the validated route (feeds, first-page inlining). */
export function queryFrom(raw: Readonly<Record<string, unknown>>): SearchQuery {
  const reading = readSearchParams(raw);
  if (reading.ok) return reading.query;
  throw invalidSearch(reading.fields);
}

/** Runs a search, turning what only the engine can judge (an unknown place) into the same 400. */
async function runSearch(search: Pick<SearchCache, 'search'>, query: SearchQuery) {
  try {
    return await search.search(query);
  } catch (error) {
    if (error instanceof SearchParamsError) throw invalidSearch(error.fields);
    throw error;
  }
}

/** What the typed client reads from a search: the same type `c.json(result, 200)` would give. */
/** The cached bytes are the documented search answer, serialised once (lead-docs.ts). */
type JsonAnswer = ReturnType<typeof searchDoc.json<200>>;

const ID = /^[0-9a-f-]{36}$/;

/** `?background=` on a lead page: its score and reasons are then those of that background. */
const leadQuerySchema = z.object({
  background: z.enum(backgroundIds, { error: `must be one of ${backgroundIds.join(', ')}` }).optional(),
});

/** Lead search and lead pages. Search terms are never logged (the access log records the route only). */
export const leadsRoutes = (db: Store, search: SearchCache) =>
  new Hono()
    .get('/', searchDoc.describe, searchQueryValidator(), async (c) => {
      const query = c.req.valid('query');
      // A client that holds this query's answer at the current data version is told so (RFC 9110
      // section 13.1.2), without searching.
      const coding = pickEncoding(c.req.header('accept-encoding'));
      // Only a request that holds a tag pays for working out the current one.
      const held = c.req.header('if-none-match');
      if (held && search.cacheable()) {
        const current = search.etagFor(query);
        if (noneMatchHolds(held, current)) {
          c.header('ETag', codedEtag(current, coding !== null));
          c.header('Vary', 'Accept-Encoding');
          return c.body(null, 304);
        }
      }
      const answer = await runSearch(search, query);
      if (!answer.etag || !answer.bytes) return searchDoc.json(c, answer.result, 200);
      // A cached answer goes out as the bytes it was serialised (and compressed) to the first time.
      const small = answer.bytes.identity.byteLength < 1024;
      const used = small ? null : coding;
      const headers = new Headers({
        'Content-Type': 'application/json',
        Vary: 'Accept-Encoding',
        ETag: codedEtag(answer.etag, used !== null),
      });
      if (used) headers.set('Content-Encoding', used);
      const body = search.body(answer.bytes, used);
      return new Response(body, { status: 200, headers }) as JsonAnswer;
    })
    .get('/:id', leadDoc.describe, validate('query', leadQuerySchema), (c) => {
      const id = c.req.param('id');
      const { background } = c.req.valid('query');
      if (!ID.test(id)) throw apiError(400, 'invalid_id', 'id: must be a lead id');
      const lead = getLead(db, id);
      if (!lead) throw apiError(404, 'not_found', 'No lead with that id. It may have been removed.');
      const curation = leadCurationMarks(db, id);
      if (curation?.hidden)
        throw apiError(404, 'not_found', 'No lead with that id. It may have been removed.');
      const { fingerprint: _f, canonicalUrl: _c, ...rest } = lead;
      return leadDoc.json(
        c,
        {
          ...rest,
          fit: rest.fit ? fitForBackground(rest.fit, background) : null,
          curated: curation?.pinned ? { note: curation.note } : null,
        },
        200,
      );
    });

/** Facet counts for the default view (open, not excluded), for building filter menus. */
export const facetsRoutes = (search: SearchCache) =>
  new Hono().get('/', facetsDoc.describe, searchQueryValidator(), async (c) => {
    const { result } = await runSearch(search, { ...c.req.valid('query'), page: 1, perPage: 1 });
    return facetsDoc.json(c, { total: result.total, facets: result.facets }, 200);
  });
