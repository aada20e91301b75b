import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address a request came from, for rate limits only (it is never logged or stored). Behind the
 * TLS proxy the README recommends, every socket comes from the proxy, so with TRUST_PROXY set the
 * address is the last `X-Forwarded-For` entry: the one the proxy itself appended. Entries before it
 * were written by the client and prove nothing (RFC 7239 8.1, MDN X-Forwarded-For "Security").
 * Without TRUST_PROXY the header is ignored, so a client cannot pick a fresh address per request.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const last = hops.at(-1);
    if (last) return last.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not a Node socket (in-process requests in tests): every such request is one client.
    return 'unknown';
  }
}
