import { Hono } from 'hono';
import { parseSearchParams, SearchParamsError } from '../../core/search/search-params';
import type { SearchQuery } from '../../core/search/search-query';
import type { SearchEngine } from '../../search/search-engine';
import { leadCurationMarks } from '../../store/curation-repo';
import { getLead } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';

function queryFrom(raw: Record<string, string[]>): SearchQuery {
  try {
    return parseSearchParams(raw);
  } catch (error) {
    if (error instanceof SearchParamsError) {
      throw apiError(
        400,
        'invalid_query',
        error.fields[0] ? `${error.fields[0].field}: ${error.fields[0].message}` : 'Invalid search',
        { fields: error.fields },
      );
    }
    throw error;
  }
}

const ID = /^[0-9a-f-]{36}$/;

/** Lead search and lead pages. Search terms are never logged (the access log records the route only). */
export const leadsRoutes = (db: Store, search: SearchEngine) =>
  new Hono()
    .get('/', async (c) => {
      const query = queryFrom(c.req.queries());
      const result = await search.search(query);
      return c.json(result, 200);
    })
    .get('/:id', (c) => {
      const id = c.req.param('id');
      if (!ID.test(id)) throw apiError(400, 'invalid_id', 'id: must be a lead id');
      const lead = getLead(db, id);
      if (!lead) throw apiError(404, 'not_found', 'No lead with that id. It may have been removed.');
      const curation = leadCurationMarks(db, id);
      if (curation?.hidden)
        throw apiError(404, 'not_found', 'No lead with that id. It may have been removed.');
      const { fingerprint: _f, canonicalUrl: _c, ...rest } = lead;
      return c.json({ ...rest, curated: curation?.pinned ? { note: curation.note } : null }, 200);
    });

/** Facet counts for the default view (open, not excluded), for building filter menus. */
export const facetsRoutes = (search: SearchEngine) =>
  new Hono().get('/', async (c) => {
    const result = await search.search(queryFrom({ ...c.req.queries(), perPage: ['1'] }));
    return c.json({ total: result.total, facets: result.facets }, 200);
  });
