import type { IncomingMessage, ServerResponse } from 'node:http';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import type { PrivateHosts } from '../../core/private-hosts';
import { allowsPrivate } from '../../core/private-hosts';
import { guardedLookup, isPublicAddress } from './address-guard';

/** `host:port` with the scheme's default port spelled out, so `a.test` and `a.test:80` match. */
export function siteKey(host: string, port: string | number, defaultPort: number): string {
  return `${host.toLowerCase().replace(/^\[|\]$/g, '')}:${Number(port) || defaultPort}`;
}

export const siteKeyOf = (url: URL): string =>
  siteKey(url.hostname, url.port, url.protocol === 'https:' || url.protocol === 'wss:' ? 443 : 80);

export interface BrowserProxyOptions {
  /** `siteKey`s the browser may reach: the hosts of the pages being rendered, nothing else. */
  allowedSites: ReadonlySet<string>;
  allowPrivateHosts: PrivateHosts;
  /** Called for every refused connection; tests and crawl notes use it. */
  onBlocked?: (target: string, reason: string) => void;
}

export interface BrowserProxy {
  /** `http://127.0.0.1:PORT`, for chromium's `--proxy-server`. */
  url: string;
  close(): Promise<void>;
}

/**
 * A forward proxy that is chromium's only way onto the network. `page.route` never sees redirect
 * hops or WebSockets, and a script-drawn page can navigate itself anywhere, so the check has to sit
 * below the browser: every request, redirect hop, subresource, frame, `fetch`, and every CONNECT
 * tunnel (https, wss) arrives here as its own request and passes the same-site rule and the
 * SSRF-checking DNS lookup before a socket is opened. Plain-http WebSocket upgrades are refused
 * outright: no job page needs one to show its postings.
 */
export async function startBrowserProxy(options: BrowserProxyOptions): Promise<BrowserProxy> {
  /** Private addresses are judged per site: with a list, only the listed sites may be private. */
  const privateOk = (key: string): boolean => {
    const [, host = '', port = '0'] = /^(.*):(\d+)$/.exec(key) ?? [];
    return allowsPrivate(options.allowPrivateHosts, host, Number(port));
  };
  const lookupFor = (key: string) => guardedLookup(privateOk(key)) as never;
  const refusal = (key: string): string | null => {
    if (!options.allowedSites.has(key)) return 'not the site being crawled';
    const literal = key.replace(/:\d+$/, '');
    if (!privateOk(key) && ipaddr.isValid(literal) && !isPublicAddress(literal))
      return 'not a public address';
    return null;
  };
  const blocked = (target: string, reason: string) => options.onBlocked?.(target, reason);
  const sockets = new Set<Socket>();

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = URL.canParse(req.url ?? '') ? new URL(req.url ?? '') : null;
    if (target?.protocol !== 'http:') {
      blocked(String(req.url), 'not an absolute http URL');
      res.writeHead(400, { 'content-type': 'text/plain' }).end('refused by the crawler');
      return;
    }
    const why = refusal(siteKeyOf(target));
    if (why) {
      blocked(target.origin, why);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the crawler');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const upstream = http.request(
      {
        host: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || 80,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers,
        lookup: lookupFor(siteKeyOf(target)),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      blocked(target.origin, error.message);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end();
    });
    req.pipe(upstream);
  });

  // https:// and wss:// (and ws:// in some chromium versions) arrive as CONNECT host:port.
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    const key = siteKey(host, port, 443);
    const why = refusal(key);
    if (why) {
      blocked(key, why);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect({
      host: host.replace(/^\[|\]$/g, ''),
      port: Number(port),
      lookup: lookupFor(key),
    });
    sockets.add(upstream);
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', (error) => {
      blocked(key, error.message);
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    client.on('error', () => upstream.destroy());
    upstream.on('close', () => sockets.delete(upstream));
  });

  server.on('upgrade', (req: IncomingMessage, client: Socket) => {
    blocked(String(req.url), 'WebSocket refused');
    client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Chromium flags that send every connection through the proxy. Chromium skips proxies for
 * loopback unless told otherwise (`<-loopback>`, see chromium's net/docs/proxy.md), and WebRTC can
 * send UDP around a proxy unless its IP handling policy forbids it.
 */
export function proxiedChromiumArgs(proxyUrl: string): string[] {
  return [
    `--proxy-server=${proxyUrl}`,
    '--proxy-bypass-list=<-loopback>',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
    '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}
