import type { ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { apiError } from './api-error';

/** Turns zod issues into `{ field, message }` pairs a client can show next to the right input. */
export function fieldErrors(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
}

/**
 * zod validation for a request part. Failures become a 400 envelope that names every bad field; the
 * message names the first so that a single-line client still learns what to fix.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return validator(target, (value): z.infer<Schema> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const fields = fieldErrors(result.error);
    const first = fields[0];
    throw apiError(
      400,
      'invalid_request',
      first ? `${first.field}: ${first.message}` : 'The request is not valid',
      { fields },
    );
  });
}
