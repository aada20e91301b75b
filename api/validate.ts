import type { ValidationTargets } from 'hono';
import { validator } from 'hono-openapi';
import type { z } from 'zod';
import { apiError } from './api-error';

/** Turns zod issues into `{ field, message }` pairs a client can show next to the right input. */
export function fieldErrors(error: z.ZodError): { field: string; message: string }[] {
  return issueFields(error.issues);
}

interface Issue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** The same pairs from Standard Schema issues, as hono-openapi's validator hands them over. */
export function issueFields(issues: ReadonlyArray<Issue>): { field: string; message: string }[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((part) =>
      String(typeof part === 'object' && part !== null ? part.key : part),
    );
    return { field: path.length > 0 ? path.join('.') : '(body)', message: issue.message };
  });
}

/**
 * zod validation for a request part, through hono-openapi so that the schema also describes the
 * operation in /api/openapi.json. Failures become a 400 envelope that names every bad field; the
 * message names the first so that a single-line client still learns what to fix.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return validator(target, schema, (result) => {
    if (result.success) return;
    const fields = issueFields(result.error);
    const first = fields[0];
    throw apiError(
      400,
      'invalid_request',
      first ? `${first.field}: ${first.message}` : 'The request is not valid',
      { fields },
    );
  });
}
