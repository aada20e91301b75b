import { hc } from 'hono/client';
import type { AppType } from '../../api/create-app';

/** The typed API client: route paths, inputs and outputs come from the server's own types. */
export const api = hc<AppType>('/api');
