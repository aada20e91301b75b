import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../core/config';
import { assertFetchableUrl } from '../../crawler/http/address-guard';
import { startBrowserProxy } from '../../crawler/http/browser-proxy';
import { BlockedAddressError } from '../../crawler/http/errors';
import { GuardedHttpClient } from '../../crawler/http/guarded-http-client';
import { HostRateLimiter } from '../../crawler/http/host-rate-limiter';

/**
 * Tests can reach only 127.0.0.0/8, so a crawled test site is private. `ALLOW_PRIVATE_HOSTS=1`
 * lets it be crawled but also lifts the address guard for every other private address: a live
 * probe made that way showed a 307 from the crawled site to `localhost:<other port>` reaching the
 * second server. Listing the site instead (`ALLOW_PRIVATE_HOSTS=127.0.0.1:PORT`) keeps the guard
 * on for everything else, so the second server stands for an internal service in earnest.
 */
function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

let internal: http.Server;
let site: http.Server;
let internalPort = 0;
let sitePort = 0;
let internalConnections = 0;

beforeAll(async () => {
  internal = http.createServer((_req, res) => res.end('internal secret'));
  internal.on('connection', () => internalConnections++);
  internalPort = await listen(internal);
  site = http.createServer((req, res) => {
    if (req.url === '/to-localhost')
      res.writeHead(307, { location: `http://localhost:${internalPort}/secret` }).end();
    else if (req.url === '/to-literal')
      res.writeHead(302, { location: `http://127.0.0.1:${internalPort}/secret` }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>jobs</p>');
  });
  sitePort = await listen(site);
});

afterAll(async () => {
  await new Promise((resolve) => internal?.close(resolve));
  await new Promise((resolve) => site?.close(resolve));
});

const client = (allowPrivateHosts: boolean | string[]) =>
  new GuardedHttpClient({
    userAgent: 'OfframpBot/test',
    allowPrivateHosts,
    maxResponseBytes: 1_000_000,
    timeoutMs: 5_000,
    maxRedirects: 5,
    limiter: new HostRateLimiter(0),
  });

describe('ALLOW_PRIVATE_HOSTS as a list of sites', () => {
  it('parses host and host:port entries, and names a bad one', () => {
    expect(
      parseConfig({ ALLOW_PRIVATE_HOSTS: '127.0.0.1:8080, Intranet.Example, [::1]:81, 127.1' }),
    ).toMatchObject({
      ALLOW_PRIVATE_HOSTS: ['127.0.0.1:8080', 'intranet.example', '[::1]:81', '127.0.0.1'],
    });
    expect(parseConfig({ ALLOW_PRIVATE_HOSTS: 'yes' }).ALLOW_PRIVATE_HOSTS).toBe(true);
    expect(parseConfig({}).ALLOW_PRIVATE_HOSTS).toBe(false);
    expect(() => parseConfig({ ALLOW_PRIVATE_HOSTS: 'http://127.0.0.1/' })).toThrowError(ConfigError);
    expect(() => parseConfig({ ALLOW_PRIVATE_HOSTS: 'ture' })).toThrowError(ConfigError);
    const problems = (() => {
      try {
        parseConfig({ ALLOW_PRIVATE_HOSTS: '127.0.0.1:8080,maybe later' });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    })();
    expect(problems).toEqual([
      {
        variable: 'ALLOW_PRIVATE_HOSTS',
        message:
          'must be true/false or a comma-separated list of sites (host:port, or a dotted host name) (got "127.0.0.1:8080,maybe later")',
      },
    ]);
  });

  it('lets a listed site be added as a source, and no other private address', async () => {
    const allowed = [`127.0.0.1:${sitePort}`];
    await expect(assertFetchableUrl(`http://127.0.0.1:${sitePort}/jobs`, allowed)).resolves.toBeUndefined();
    await expect(assertFetchableUrl(`http://127.0.0.1:${internalPort}/`, allowed)).rejects.toThrowError(
      BlockedAddressError,
    );
    await expect(assertFetchableUrl(`http://localhost:${sitePort}/`, allowed)).rejects.toThrowError(
      BlockedAddressError,
    );
  });

  it('crawls the listed site over HTTP', async () => {
    const page = await client([`127.0.0.1:${sitePort}`]).sendRequest({
      url: `http://127.0.0.1:${sitePort}/`,
    });
    expect(page.body).toBe('<p>jobs</p>');
  });

  it.each(['/to-localhost', '/to-literal'])(
    'refuses a redirect (%s) from the listed site to another private server, which sees no connection',
    async (path) => {
      const before = internalConnections;
      await expect(
        client([`127.0.0.1:${sitePort}`]).sendRequest({ url: `http://127.0.0.1:${sitePort}${path}` }),
      ).rejects.toThrowError(BlockedAddressError);
      expect(internalConnections).toBe(before);
    },
  );

  it('refuses, in the browser proxy, a private address the same-site rule alone would let through', async () => {
    // As after DNS rebinding: the crawled site's name now points at another private server.
    const blocked: string[] = [];
    const proxy = await startBrowserProxy({
      allowedSites: new Set([`127.0.0.1:${sitePort}`, `localhost:${internalPort}`]),
      allowPrivateHosts: [`127.0.0.1:${sitePort}`],
      onBlocked: (target, reason) => blocked.push(`${target} ${reason}`),
    });
    const proxyPort = Number(new URL(proxy.url).port);
    const viaProxy = (url: string) =>
      new Promise<number>((resolve) =>
        http
          .get(
            { host: '127.0.0.1', port: proxyPort, path: url, headers: { host: new URL(url).host } },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          )
          .on('error', () => resolve(0)),
      );
    const before = internalConnections;
    try {
      expect(await viaProxy(`http://127.0.0.1:${sitePort}/`)).toBe(200);
      expect(await viaProxy(`http://localhost:${internalPort}/secret`)).toBe(502);
    } finally {
      await proxy.close();
    }
    expect(internalConnections).toBe(before);
    expect(blocked).toEqual([
      `http://localhost:${internalPort} localhost resolves to a non-public address (127.0.0.1)`,
    ]);
  });
});
