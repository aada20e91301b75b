import type { ClientResponse } from 'hono/client';
import { DetailedError, parseResponse } from 'hono/client';
import { plainProblem } from './plain-problem';

export const SIGNED_OUT_EVENT = 'offramp:signed-out';

/** A refused or failed API call, with the server's own message (which names the field at fault). */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The envelope's `details`, such as the fields a refused search named. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * Runs a typed API call and returns its success body; anything else becomes an ApiProblem carrying
 * the `{ error: { code, message } }` envelope the API always answers with.
 */
export async function call<T extends ClientResponse<unknown>>(request: Promise<T>) {
  try {
    return await parseResponse(request);
  } catch (error) {
    if (error instanceof DetailedError) {
      const status = Number(error.statusCode ?? 0);
      const body = (
        error.detail as
          | { data?: { error?: { code?: string; message?: string; details?: unknown } } }
          | undefined
      )?.data;
      // The session ended (idle timeout, or signed out elsewhere): the workspace shows sign-in again.
      if (body?.error?.code === 'unauthorized') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
      throw new ApiProblem(
        status,
        body?.error?.code ?? 'http_error',
        body?.error?.message ?? `Offramp answered ${status}. Try again in a moment.`,
        body?.error?.details,
      );
    }
    throw new ApiProblem(0, 'network', 'Offramp could not be reached. Check your connection and try again.');
  }
}

/** What a refused call says to a person: always a plain sentence (see plain-problem.ts). */
export const problemText = (error: unknown): string =>
  error instanceof ApiProblem ? plainProblem(error.message) : 'Something went wrong. Try again in a moment.';
