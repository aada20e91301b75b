/** A request the main thread hands a search worker: all a GET needs, headers as Node's raw pairs. */
export interface WorkerAsk {
  id: number;
  method: string;
  url: string;
  headers: string[];
}

/** Asks a worker to write out its buffered log; it answers `{ stopped: true }` when it has. */
export interface WorkerStop {
  stop: true;
}

/** The worker's whole response, its body transferred rather than copied. */
export interface WorkerAnswer {
  id: number;
  status: number;
  headers: string[];
  body: Uint8Array;
}

/**
 * Which requests go to a search worker: GETs (and HEADs) of searches, facets and lead pages. They
 * are anonymous, read-only and keep no per-client state, so any thread may answer them. Everything
 * else (health, sign-in, intake, adviser routes, their rate limits and CSRF tokens) stays on the
 * main thread, which is why one process's memory still holds every limit.
 */
export function takesSearch(method: string | undefined, url: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = (url ?? '').split('?', 1)[0] ?? '';
  return path === '/api/leads' || path === '/api/facets' || /^\/api\/leads\/[^/]+$/.test(path);
}
