import { z } from 'zod';
import { backgroundIds } from '../../core/fit/backgrounds';
import { fitSchema, leadSchema } from '../../core/lead/lead';
import { facetNames, searchHitSchema } from '../../core/search/search-query';
import { engineHealthSchema } from '../../search/engine-health';
import { tooMany } from './common-answers';
import { documented } from './documented';

const facetCounts = z.object(
  Object.fromEntries(
    facetNames.map((name) => [name, z.record(z.string(), z.number().int().min(0))]),
  ) as Record<(typeof facetNames)[number], z.ZodRecord<z.ZodString, z.ZodNumber>>,
);

export const healthDoc = documented({
  summary: 'Whether the store and the search engine answer',
  json: {
    200: {
      description: 'Both answer; `refreshing` while the search index rebuilds (searches still answer)',
      schema: z.object({
        status: z.enum(['ok', 'refreshing']),
        store: z.object({
          status: z.literal('ok'),
          schemaVersion: z.number().int(),
          journalMode: z.string(),
        }),
        search: engineHealthSchema,
      }),
    },
  },
  errors: { 503: 'The store or the search engine does not answer; details say which' },
});

export const searchResultSchema = z.object({
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  perPage: z.number().int().min(1),
  pages: z.number().int().min(0),
  facets: facetCounts,
  hits: z.array(searchHitSchema),
  /** The query with typos corrected, when that is what matched. */
  correctedQuery: z.string().optional(),
});

export const searchDoc = documented({
  summary: 'Search open leads',
  json: { 200: { description: 'One page of leads with facet counts', schema: searchResultSchema } },
  other: {
    304: { description: 'The If-None-Match ETag is this search’s answer at the current data version' },
  },
});

export const leadPageSchema = leadSchema.omit({ fingerprint: true, canonicalUrl: true, fit: true }).extend({
  fit: fitSchema.extend({ background: z.enum(backgroundIds).nullable() }).nullable(),
  curated: z.object({ note: z.string().nullable() }).nullable(),
});

export const leadDoc = documented({
  summary: 'One lead, with its fit for a background',
  json: { 200: { description: 'The lead', schema: leadPageSchema } },
  errors: {
    400: 'The id is not a lead id, or the background is unknown',
    404: 'No such lead, or it was hidden',
  },
});

export const facetsDoc = documented({
  summary: 'Facet counts for a search, for building filter menus',
  json: {
    200: {
      description: 'How many leads match, by facet value',
      schema: z.object({ total: z.number().int().min(0), facets: facetCounts }),
    },
  },
});

export const feedDoc = documented({
  summary: 'A search as an Atom feed (RFC 4287)',
  other: {
    200: { description: 'The newest matching leads', media: ['application/atom+xml; charset=utf-8'] },
    304: { description: 'The If-None-Match ETag is this feed as it stands' },
  },
  errors: { 400: 'A search parameter is not valid', ...tooMany('feed requests') },
});

export const cspReportDoc = documented({
  summary: 'A browser’s Content Security Policy violation report',
  json: {
    202: {
      description: 'Counted; how many reports the body held',
      schema: z.object({ received: z.number().int().min(0) }),
    },
  },
  errors: {
    400: 'Not JSON, or not a CSP violation report',
    413: 'Larger than 16 kB',
    ...tooMany('CSP reports'),
  },
});
