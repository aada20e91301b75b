import { z } from 'zod';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | JsonSchema;
}
export interface ResponseDoc {
  description?: string;
  content?: Record<string, { schema?: JsonSchema }>;
}
export interface OperationDoc {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, ResponseDoc>;
}
export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, OperationDoc>>;
  components?: { schemas?: Record<string, unknown> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export function operationsOf(doc: OpenApiDoc) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as OperationDoc })),
  );
}

const baseType = (media: string) => media.split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * Checks an answer against the OpenAPI description as served: its status must be one the operation
 * documents, its media type one documented for that status, and a JSON body must match that JSON
 * Schema exactly (no field missing, none extra, every type right). The JSON Schema is turned into a
 * validator by zod's own converter, so the check reads the published contract, not the route's code.
 * Returns what is wrong, or null.
 */
export function contractChecker(doc: OpenApiDoc) {
  const compiled = new Map<string, z.ZodType>();
  const validatorFor = (key: string, schema: JsonSchema): z.ZodType => {
    let found = compiled.get(key);
    if (!found) {
      const text = JSON.stringify(schema);
      // Shared schemas, if any, live under components: inline them as $defs for the converter.
      const whole = text.includes('#/components/schemas/')
        ? JSON.parse(
            JSON.stringify({ ...schema, $defs: doc.components?.schemas ?? {} }).replaceAll(
              '#/components/schemas/',
              '#/$defs/',
            ),
          )
        : schema;
      found = z.fromJSONSchema(whole);
      compiled.set(key, found);
    }
    return found;
  };
  return (
    method: string,
    path: string,
    answer: { status: number; contentType: string | null; text: string },
  ): string | null => {
    const op = doc.paths[path]?.[method];
    if (!op) return `${method.toUpperCase()} ${path} is not in the description`;
    const response = op.responses[String(answer.status)];
    if (!response) return `status ${answer.status} is not documented`;
    const content = response.content;
    if (!content || Object.keys(content).length === 0)
      return answer.text === '' ? null : `status ${answer.status} is documented without a body`;
    const given = baseType(answer.contentType ?? '');
    const media = Object.keys(content).find((m) => baseType(m) === given);
    if (!media) return `media type "${answer.contentType}" is not documented for ${answer.status}`;
    const schema = content[media]?.schema;
    if (given !== 'application/json') return null;
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return 'the body is not JSON';
    }
    if (!schema) return `${answer.status} ${media} has no schema`;
    const result = validatorFor(`${method} ${path} ${answer.status} ${media}`, schema).safeParse(body);
    if (result.success) return null;
    return result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
      .join('; ');
  };
}
