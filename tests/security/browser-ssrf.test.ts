import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config';
import { fetchInBrowser } from '../../crawler/fetch/fetch-in-browser';
import { HostRateLimiter } from '../../crawler/http/host-rate-limiter';
import { RobotsPolicy } from '../../crawler/http/robots';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';

/**
 * A crawled site on one loopback port tries every way a page can make chromium reach a second
 * loopback server (standing in for an internal service). The second server must never see a
 * connection. Only the crawled site may be private (`ALLOW_PRIVATE_HOSTS=127.0.0.1:PORT`, not
 * `1`, which would lift the address guard for every private address), so both the same-site rule
 * and the address guard are in force on every hop, as in production.
 */
const CASES = ['redirect', 'websocket', 'meta-refresh', 'window-location', 'iframe', 'fetch'] as const;

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

let internal: http.Server;
let site: http.Server;
const internalPaths: string[] = [];
let internalConnections = 0;
const sitePaths: string[] = [];
const rendered = new Map<string, string>();
const failures: string[] = [];

beforeAll(async () => {
  internal = http.createServer((req, res) => {
    internalPaths.push(req.url ?? '');
    res.end('internal secret');
  });
  internal.on('connection', () => internalConnections++);
  internal.on('upgrade', (req, socket) => {
    internalPaths.push(req.url ?? '');
    socket.end();
  });
  const internalPort = await listen(internal);
  const inside = (what: string) => `http://127.0.0.1:${internalPort}/from-${what}`;
  const page = (body: string) =>
    `<!doctype html><html><head><title>Jobs</title></head><body>${body}</body></html>`;
  const pages: Record<string, string> = {
    '/websocket': page(
      `<script>new WebSocket(${JSON.stringify(inside('websocket').replace('http:', 'ws:'))})</script>`,
    ),
    '/meta-refresh': page(
      `<meta http-equiv="refresh" content="0;url=${inside('meta-refresh')}"><p>moving</p>`,
    ),
    '/window-location': page(
      `<script>window.location = ${JSON.stringify(inside('window-location'))}</script>`,
    ),
    '/iframe': page(`<iframe src="${inside('iframe')}"></iframe>`),
    '/fetch': page(`<script>fetch(${JSON.stringify(inside('fetch'))}).catch(() => {})</script>`),
    '/same-site': page(
      `<div id="out">waiting</div><script>fetch('/data.json').then((r) => r.json()).then((d) => { document.getElementById('out').textContent = d.title; })</script>`,
    ),
  };
  site = http.createServer((req, res) => {
    const path = req.url ?? '/';
    sitePaths.push(path);
    const html = pages[path];
    if (path === '/redirect') res.writeHead(302, { location: inside('redirect') }).end();
    else if (path === '/data.json')
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"title":"Records Analyst"}');
    else if (html) res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    else res.writeHead(404).end();
  });
  const sitePort = await listen(site);
  const config = parseConfig({
    ALLOW_PRIVATE_HOSTS: `127.0.0.1:${sitePort}`,
    CRAWL_RATE_LIMIT: '0',
    CRAWL_TIMEOUT_SECONDS: '10',
  });
  const db = openMemoryStore();
  migrate(db);
  await fetchInBrowser(
    [...CASES, 'same-site'].map((name) => ({
      url: `http://127.0.0.1:${sitePort}/${name}`,
      label: 'page',
      browser: true,
    })),
    {
      config,
      limiter: new HostRateLimiter(0),
      robots: new RobotsPolicy(db, config.CRAWL_USER_AGENT, async () => ({ status: 404, body: '' })),
      onPage: async (p) => {
        rendered.set(new URL(p.spec.url).pathname, p.body);
      },
      onError: (spec, message) => failures.push(`${spec.url}: ${message}`),
    },
  );
  // A refresh or a late script gets a moment more to try, after the browser has gone.
  await new Promise((resolve) => setTimeout(resolve, 300));
}, 90_000);

afterAll(async () => {
  await new Promise((resolve) => internal?.close(resolve));
  await new Promise((resolve) => site?.close(resolve));
});

describe('a page rendered in chromium cannot reach another server', () => {
  it.each(CASES)('through %s', (name) => {
    expect(internalPaths).not.toContain(`/from-${name}`);
  });

  it('by any route at all: the second server saw no connection', () => {
    expect(internalConnections).toBe(0);
  });

  it('while the page may still load what its own site serves', () => {
    expect(sitePaths).toContain('/data.json');
    expect(rendered.get('/same-site')).toContain('<div id="out">Records Analyst</div>');
  });

  it('and a redirect to another server is reported as a failed page', () => {
    expect(failures.some((f) => f.includes('/redirect'))).toBe(true);
  });
});
