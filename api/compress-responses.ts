import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** Bodies the server makes per request: JSON, the Atom feed, and the HTML shell. */
const TEXT = /^(application\/(json|atom\+xml|xml)|text\/(html|plain|xml))/;

/** The client's preferred encoding among brotli and gzip, honouring `q=0` (RFC 9110 section 12.5.3). */
export function pickEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, weight ? Number(weight.slice(2)) || 0 : 1);
  }
  const star = q.get('*') ?? 0;
  const br = q.get('br') ?? star;
  const gzip = q.get('gzip') ?? star;
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}

/**
 * Compresses dynamic text responses of at least `threshold` bytes (1 KB: smaller bodies fit one
 * packet either way). Brotli at quality 5 costs well under a millisecond for a page of results and is
 * still smaller than gzip at its best. Built assets are compressed at build time and arrive here with
 * Content-Encoding already set, so they pass through untouched.
 */
export const compressResponses =
  (threshold = 1024): MiddlewareHandler =>
  async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (c.req.method === 'HEAD' || !res.body || res.headers.has('Content-Encoding') || !TEXT.test(type))
      return;
    if (/no-transform/i.test(res.headers.get('Cache-Control') ?? '')) return;
    const vary = res.headers.get('Vary');
    if (!vary?.toLowerCase().includes('accept-encoding'))
      res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const length = Number(res.headers.get('Content-Length') ?? Number.NaN);
    if (length < threshold) return;
    const encoding = pickEncoding(c.req.header('Accept-Encoding'));
    if (!encoding) return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    let out: Buffer = body;
    if (body.length >= threshold) {
      out =
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : gzipSync(body, { level: 6 });
      headers.set('Content-Encoding', encoding);
      const etag = headers.get('ETag');
      if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    }
    headers.set('Content-Length', String(out.length));
    // Clearing first stops Hono copying the old headers (and length) onto the new response.
    c.res = undefined;
    c.res = new Response(new Uint8Array(out), { status: res.status, statusText: res.statusText, headers });
  };
