import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

interface ErrorCause {
  code: string;
  details?: unknown;
}

/** The single way handlers fail: throw this, and `onError` writes the envelope. */
export function apiError(
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: unknown,
): HTTPException {
  const cause: ErrorCause = details === undefined ? { code } : { code, details };
  return new HTTPException(status, { message, cause });
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

export function errorBody(error: HTTPException): ErrorBody {
  const cause = error.cause as Partial<ErrorCause> | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : (CODE_BY_STATUS[error.status] ?? 'error');
  const body: ErrorBody = { error: { code, message: error.message || 'Request failed' } };
  if (cause?.details !== undefined) body.error.details = cause.details;
  return body;
}
