import { z } from 'zod';
import { backgroundIds } from '../fit/backgrounds';
import { trackIds } from '../fit/tracks';
import { employmentTypes, remoteKinds, sourceTypes } from '../lead/lead';

export const sortOrders = ['relevance', 'newest', 'salary', 'fit'] as const;
export const facetNames = [
  'remote',
  'employmentType',
  'tracks',
  'sourceType',
  'company',
  'country',
  'region',
] as const;
export type FacetName = (typeof facetNames)[number];

/**
 * The fit a lead needs to appear when results are sorted by pay or date (the "Some fit" label and
 * above): "Highest pay" should not lead with jobs that use none of the seeker's background. The
 * seeker can turn it off (`fitFloor: false`); an explicit `minFit` replaces it.
 */
export const FIT_FLOOR = 0.35;

/** Deepest result a query can reach, as Meilisearch's pagination.maxTotalHits caps it. */
export const MAX_TOTAL_HITS = 1000;

/** A structured search, the same for both engines, the API, the CLI and the web app. */
export const searchQuerySchema = z
  .object({
    q: z.string().trim().max(200, 'must be at most 200 characters').default(''),
    remote: z.array(z.enum(remoteKinds)).optional(),
    city: z.string().trim().min(1).max(100).optional(),
    region: z.string().trim().min(1).max(100).optional(),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
      .transform((c) => c.toUpperCase())
      .optional(),
    near: z
      .object({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        radiusKm: z.number().positive().max(2000),
      })
      .optional(),
    /** Within `radiusKm` of a named place ("Tucson, AZ"), located from the leads that list it. */
    nearPlace: z
      .object({
        name: z.string().trim().min(2, 'must name a city').max(100, 'must be at most 100 characters'),
        radiusKm: z.number().positive().max(2000),
      })
      .optional(),
    employmentType: z.array(z.enum(employmentTypes)).optional(),
    minSalary: z.number().int().min(0).max(10_000_000).optional(),
    postedWithinDays: z.number().int().min(1).max(365).optional(),
    tracks: z.array(z.enum(trackIds)).optional(),
    minFit: z.number().min(0).max(1).optional(),
    /** Sorting by pay or date shows only leads at or above FIT_FLOOR, unless this is false. */
    fitFloor: z.boolean().default(true),
    /** Only postings that ask for no college degree (see core/lead/degree-requirement.ts). */
    noDegree: z.boolean().default(false),
    background: z.enum(backgroundIds).optional(),
    sourceType: z.array(z.enum(sourceTypes)).optional(),
    company: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    showExcluded: z.boolean().default(false),
    hideEnforcement: z.boolean().default(false),
    status: z.enum(['open', 'closed', 'all']).default('open'),
    curatedOnly: z.boolean().default(false),
    sort: z.enum(sortOrders).default('relevance'),
    page: z.number().int().min(1).default(1),
    perPage: z.number().int().min(1).max(50).default(20),
  })
  .refine((q) => q.page * q.perPage <= MAX_TOTAL_HITS, {
    message: `page × perPage must be at most ${MAX_TOTAL_HITS}; narrow the search instead`,
    path: ['page'],
  })
  .refine((q) => !(q.near && q.nearPlace), {
    message: 'give either a place name or coordinates, not both',
    path: ['nearPlace'],
  });

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

/** The fit floor a query filters by: its own `minFit`, else FIT_FLOOR when sorted by pay or date. */
export function effectiveMinFit(q: Pick<SearchQuery, 'minFit' | 'fitFloor' | 'sort'>): number | undefined {
  if (q.minFit !== undefined) return q.minFit;
  return q.fitFloor && (q.sort === 'salary' || q.sort === 'newest') ? FIT_FLOOR : undefined;
}

export const searchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  remote: z.enum(remoteKinds).nullable(),
  employmentType: z.enum(employmentTypes).nullable(),
  salary: z
    .object({
      min: z.number().nullable(),
      max: z.number().nullable(),
      currency: z.string().nullable(),
      period: z.string(),
      annualMin: z.number().nullable(),
      annualMax: z.number().nullable(),
    })
    .nullable(),
  url: z.string(),
  applyUrl: z.string().nullable(),
  sourceId: z.string(),
  sourceType: z.enum(sourceTypes),
  postedAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  fitScore: z.number().nullable(),
  topReason: z.string().nullable(),
  tracks: z.array(z.string()),
  enforcementRole: z.boolean(),
  excluded: z.object({ reason: z.string(), rule: z.string() }).nullable(),
  curated: z.object({ note: z.string().nullable() }).nullable(),
  /** HTML-safe fragments with matches wrapped in <mark>. */
  highlight: z.object({ title: z.string().optional(), description: z.string().optional() }),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  pages: number;
  facets: Record<FacetName, Record<string, number>>;
  hits: SearchHit[];
  /** The query with typos corrected, when that is what matched. */
  correctedQuery?: string;
}
