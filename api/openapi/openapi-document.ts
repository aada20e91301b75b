import type { Env, Hono, Schema } from 'hono';
import { generateSpecs } from 'hono-openapi';
import { z } from 'zod';
import { errorEnvelopeSchema } from './error-envelope';

type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: unknown }[];
  responses?: Record<string, { description?: string; content?: unknown }>;
  [key: string]: unknown;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const { $schema: _dialect, ...envelope } = z.toJSONSchema(errorEnvelopeSchema, {
  target: 'draft-2020-12',
  io: 'output',
});
const envelopeSchema = envelope as Record<string, unknown>;
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: envelopeSchema } },
});

/**
 * What every operation can answer, whatever its handler does: the app-wide body limit, an error on
 * our side, and (on anything but GET) Hono's refusal of a cross-site form post by its Origin.
 */
function addCommonAnswers(method: string, operation: Operation): void {
  const responses = operation.responses ?? {};
  responses['413'] ??= errorResponse('The request body is larger than the server allows');
  responses['500'] ??= errorResponse('Something went wrong on our side; the message quotes a request id');
  if (method !== 'get') {
    const own = responses['403']?.description;
    const crossSite = 'a form posted from another site';
    responses['403'] = errorResponse(own ? `${own}; or ${crossSite}` : `Refused: ${crossSite}`);
  }
  delete responses.default;
  operation.responses = responses;
}

/**
 * The OpenAPI 3.1 description of every /api operation. Request bodies, queries and path parameters
 * come from the zod schemas the routes validate with (hono-openapi reads them off the validators);
 * every answer, success or error, from the route's `documented(...)` description (documented.ts).
 */
export async function openApiDocument(api: Hono<Env, Schema, string>) {
  const spec = await generateSpecs(api, {
    documentation: {
      openapi: '3.1.0',
      info: {
        title: 'Offramp API',
        version: '1',
        description:
          'Job leads, resume tools and the adviser workspace. Signed-in routes take the session cookie and, when they change anything, the X-CSRF-Token header. Every error answer is `{ error: { code, message } }`.',
      },
    },
    includeEmptyPaths: true,
    excludeStaticFile: false,
    defaultValidationErrorResponse: errorResponse('A field is not valid; details.fields names each one'),
  });
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      // Routes that check their path parameters by hand still name them.
      const declared = new Set(
        (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      );
      const missing = [...path.matchAll(/\{(\w+)\}/g)]
        .map((match) => match[1] ?? '')
        .filter((name) => name && !declared.has(name));
      operation.parameters = [
        ...(operation.parameters ?? []),
        ...missing.map((name) => ({ in: 'path', name, required: true, schema: { type: 'string' } })),
      ];
      addCommonAnswers(method, operation);
    }
  }
  return spec;
}
