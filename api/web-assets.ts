import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';

/** Sets Cache-Control on successful responses from the handlers after it. */
const cacheFor =
  (value: string): MiddlewareHandler =>
  async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', value);
  };

export interface WebAssetOptions {
  /**
   * The first page of results for a landing URL's query string: the query as run (without any
   * parameter the codec refused, which are listed in `dropped`) and the API's answer for it.
   */
  firstResults?: (search: URLSearchParams) => Promise<{ query: string; dropped: string[]; result: unknown }>;
}

/** JSON inside <script> must not be able to close the element or open a comment. */
const scriptSafe = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * Serves the built web app: hashed files under /assets are cached for a year (their names change
 * with their content) and sent as the brotli or gzip copy made at build time when the browser accepts
 * it; everything else is revalidated, and any other GET that is not an API call gets index.html so
 * that client-side routes survive a reload. The search page's HTML carries its first page of results,
 * so a phone renders them without waiting for a second round trip after the script loads.
 */
export function webAssets(webRoot: string, options: WebAssetOptions = {}) {
  const root = resolve(webRoot);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The web app is not built (${indexFile} is missing). Run \`npm run build\` first.`);
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  const { firstResults } = options;
  // A job page's script chunk and its API answer are fetched with the HTML rather than after the
  // entry script runs: two round trips fewer on a slow phone.
  const leadChunk = existsSync(join(root, 'assets'))
    ? readdirSync(join(root, 'assets')).find((f) => /^lead-page-[\w-]+\.js$/.test(f))
    : undefined;
  return new Hono()
    .get('/leads/:id', async (c, next) => {
      const id = c.req.param('id');
      if (!/^[0-9a-f-]{36}$/.test(id)) return next();
      const hints = [
        leadChunk ? `<link rel="modulepreload" crossorigin href="/assets/${leadChunk}">` : '',
        `<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/leads/${id}">`,
      ].join('');
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml.replace('</head>', `${hints}</head>`), 200);
    })
    .get('/', async (c, next) => {
      if (!firstResults) return next();
      const search = new URLSearchParams(new URL(c.req.url).search);
      const first = await firstResults(search).catch(() => null);
      if (!first) return next();
      const data = scriptSafe(JSON.stringify(first));
      const html = indexHtml.replace(
        '</body>',
        `<script type="application/json" id="first-results">${data}</script></body>`,
      );
      // A query string is what someone searched for: no shared cache may keep it (RFC 9111 5.2.2.5).
      c.header('Cache-Control', search.size > 0 ? 'no-store' : 'no-cache');
      return c.html(html, 200);
    })
    .use(
      '/assets/*',
      cacheFor('public, max-age=31536000, immutable'),
      serveStatic({ root, precompressed: true }),
    )
    .use('*', cacheFor('no-cache'), serveStatic({ root, precompressed: true }))
    .get('*', (c) => c.html(indexHtml, 200));
}
