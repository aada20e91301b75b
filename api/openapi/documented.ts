import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import { describeRoute, resolver } from 'hono-openapi';
import type { z } from 'zod';
import { errorEnvelopeSchema } from './error-envelope';

/** A JSON answer: when it is given, and its exact shape. */
export interface JsonAnswer<S extends z.ZodType = z.ZodType> {
  description: string;
  schema: S;
}

/** An answer that is not JSON: a file, a feed, or an empty 304. */
export interface OtherAnswer {
  description: string;
  /** The media types the body can have; none for an answer without one (304). */
  media?: string[];
}

export interface OperationSpec<J extends Partial<Record<ContentfulStatusCode, JsonAnswer>>> {
  summary: string;
  description?: string;
  json?: J;
  other?: Partial<Record<number, OtherAnswer>>;
  /**
   * Every 4xx (and 503) the handler or its own middleware gives, with when: each carries the error
   * envelope. The answers every operation can give (413, 500, and 403 on a cross-site form post)
   * are added by openapi-document.ts.
   */
  errors?: Partial<Record<number, string>>;
}

export interface Documented<J extends Partial<Record<ContentfulStatusCode, JsonAnswer>>> {
  /** The middleware that carries this description into /api/openapi.json. */
  describe: MiddlewareHandler;
  /**
   * Answers with one of the documented JSON bodies: the body's type and the route's response type
   * (what `hc<AppType>` sees) both come from the documented schema, so they cannot drift apart.
   */
  json<S extends keyof J & ContentfulStatusCode>(
    c: Context,
    body: z.output<NonNullable<J[S]>['schema']>,
    status: S,
  ): Response & TypedResponse<JSONParsed<z.output<NonNullable<J[S]>['schema']>>, S, 'json'>;
}

/**
 * Answers are described as zod outputs: every field a default fills in is required, and objects
 * admit no field they do not name (`additionalProperties: false`).
 */
const exact = (schema: z.ZodType) => resolver(schema, { options: { io: 'output' } });

const envelope = (description: string) => ({
  description,
  content: { 'application/json': { schema: exact(errorEnvelopeSchema) } },
});

/** Text formats are strings; bytes take no schema (OpenAPI 3.1, "Considerations for File Uploads"). */
const fileContent = (type: string) =>
  /^text\/|\+xml/.test(type) ? { schema: { type: 'string', contentMediaType: type } } : {};

/** Describes one operation's every answer, once, for both the OpenAPI document and the handler. */
export function documented<
  const J extends Partial<Record<ContentfulStatusCode, JsonAnswer>> = Record<never, never>,
>(spec: OperationSpec<J>): Documented<J> {
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(spec.json ?? {}) as [string, JsonAnswer][])
    responses[status] = {
      description: answer.description,
      content: { 'application/json': { schema: exact(answer.schema) } },
    };
  // An answer can be JSON or a file by the format asked for (a JSON Resume or a PDF): one status, both.
  for (const [status, answer] of Object.entries(spec.other ?? {}) as [string, OtherAnswer][]) {
    const json = responses[status] as { content?: Record<string, unknown> } | undefined;
    const files = Object.fromEntries((answer.media ?? []).map((type) => [type, fileContent(type)]));
    const content = { ...json?.content, ...files };
    responses[status] = Object.keys(content).length
      ? { description: answer.description, content }
      : { description: answer.description };
  }
  for (const [status, when] of Object.entries(spec.errors ?? {}) as [string, string][])
    responses[status] = envelope(when);
  return {
    describe: describeRoute({
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      responses: responses as never,
    }),
    json: (c, body, status) => c.json(body as object, status) as never,
  };
}
