import type { Env, Hono, Schema } from 'hono';
import { generateSpecs } from 'hono-openapi';
import { z } from 'zod';
import { errorEnvelopeSchema, responseSchemas } from './response-schemas';

type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: unknown }[];
  responses?: Record<string, unknown>;
  [key: string]: unknown;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const jsonSchema = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return rest;
};

const errorResponse = {
  description: 'The error envelope: a stable code and a message a person can read',
  content: { 'application/json': { schema: jsonSchema(errorEnvelopeSchema) } },
};

/**
 * The OpenAPI 3.1 description of every /api operation. Request bodies, queries and path parameters
 * come from the zod schemas the routes validate with (hono-openapi reads them off the validators);
 * success answers from response-schemas.ts; every operation may answer the error envelope.
 */
export async function openApiDocument(api: Hono<Env, Schema, string>) {
  const spec = await generateSpecs(api, {
    documentation: {
      openapi: '3.1.0',
      info: {
        title: 'Offramp API',
        version: '1',
        description:
          'Job leads, resume tools and the adviser workspace. Signed-in routes take the session cookie and, when they change anything, the X-CSRF-Token header.',
      },
    },
    includeEmptyPaths: true,
    excludeStaticFile: false,
    defaultValidationErrorResponse: { ...errorResponse, description: 'A field is not valid' },
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
      const known = responseSchemas[`${method.toUpperCase()} ${path}`];
      const responses: Record<string, unknown> = {};
      if (known)
        responses[String(known.status)] = {
          description: 'Success',
          content: { 'application/json': { schema: jsonSchema(known.schema) } },
        };
      else responses['2XX'] = { description: 'Success' };
      for (const [status, response] of Object.entries(operation.responses ?? {}))
        if (status !== '200' || known?.status === 200) responses[status] ??= response;
      if (responses['400']) responses['400'] = { ...errorResponse, description: 'A field is not valid' };
      responses.default = errorResponse;
      operation.responses = responses;
    }
  }
  return spec;
}
