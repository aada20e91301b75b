import { z } from 'zod';

/** The one error envelope every 4xx and 5xx carries (see api/api-error.ts). */
export const errorEnvelopeSchema = z.object({
  error: z.object({ code: z.string().min(1), message: z.string().min(1), details: z.unknown().optional() }),
});

const adviser = z.object({ id: z.string(), email: z.string(), role: z.enum(['adviser', 'admin']) });
const facetCounts = z.record(z.string(), z.record(z.string(), z.number().int().min(0)));
const hit = z.looseObject({ id: z.string(), title: z.string() });

/**
 * The success answers of the operations a seeker's browser and the sign-in flow rely on, by
 * `METHOD /path` as in the description. Each is checked against real answers by the fuzz test.
 * Operations not listed are documented as a JSON object.
 */
export const responseSchemas: Record<string, { status: number; schema: z.ZodType }> = {
  'GET /api/health': {
    status: 200,
    schema: z.object({
      status: z.enum(['ok', 'refreshing']),
      store: z.looseObject({ status: z.literal('ok') }),
      search: z.looseObject({ engine: z.string(), status: z.literal('ok') }),
    }),
  },
  'GET /api/leads': {
    status: 200,
    schema: z.looseObject({ total: z.number().int().min(0), hits: z.array(hit), facets: facetCounts }),
  },
  'GET /api/leads/{id}': { status: 200, schema: hit },
  'GET /api/facets': {
    status: 200,
    schema: z.object({ total: z.number().int().min(0), facets: facetCounts }),
  },
  'POST /api/intake': {
    status: 201,
    schema: z.object({
      receipt: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/),
      status: z.literal('open'),
    }),
  },
  'POST /api/intake/status': { status: 200, schema: z.object({ status: z.enum(['open', 'claimed']) }) },
  'POST /api/intake/withdraw': { status: 200, schema: z.object({ withdrawn: z.literal(true) }) },
  'POST /api/auth/login': {
    status: 200,
    schema: z.union([
      z.object({ adviser, csrfToken: z.string() }),
      z.looseObject({ secondFactorRequired: z.literal(true) }),
    ]),
  },
  'GET /api/auth/me': {
    status: 200,
    schema: z.object({
      adviser,
      csrfToken: z.string(),
      secondFactor: z.object({
        enabled: z.boolean(),
        required: z.boolean(),
        recoveryCodesLeft: z.number().int(),
      }),
    }),
  },
  'POST /api/auth/logout': { status: 200, schema: z.object({ signedOut: z.literal(true) }) },
};
