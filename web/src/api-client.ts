import { hc } from 'hono/client';
import type { AppType } from '../../api/create-app';

let csrfToken = '';

/** The signed-in adviser's CSRF token, sent with every request (the server checks it on changes). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The typed API client: route paths, inputs and outputs come from the server's own types. */
export const api = hc<AppType>('/api', {
  headers: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}),
});
