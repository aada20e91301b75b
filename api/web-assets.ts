import { existsSync, readFileSync } from 'node:fs';
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

/**
 * Serves the built web app: hashed files under /assets are cached for a year (their names change
 * with their content), everything else is revalidated, and any other GET that is not an API call gets
 * index.html so that client-side routes survive a reload.
 */
export function webAssets(webRoot: string) {
  const root = resolve(webRoot);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The web app is not built (${indexFile} is missing). Run \`npm run build\` first.`);
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  return new Hono()
    .use('/assets/*', cacheFor('public, max-age=31536000, immutable'), serveStatic({ root }))
    .use('*', cacheFor('no-cache'), serveStatic({ root }))
    .get('*', (c) => c.html(indexHtml, 200));
}
