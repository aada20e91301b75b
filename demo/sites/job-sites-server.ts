import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ashbyJob,
  greenhouseJob,
  jsonLdJobPage,
  leverPosting,
  neogovFeed,
  smartRecruitersDetail,
  smartRecruitersListItem,
  usajobsItem,
  workdayDetail,
  workdayListItem,
  workdayPath,
} from './formats';
import type { Listing } from './listing';
import { escapeXml, findListing } from './listing';
import type { MoreSiteData } from './more-routes';
import { routeMoreBoards } from './more-routes';

export type Fault =
  | '500'
  | '429'
  | 'timeout'
  | 'malformed'
  | 'wrong-shape'
  | 'wrong-shape-page'
  | 'truncated'
  | 'redirect-loop'
  | 'huge';

/** The boards a fixture server publishes, keyed by the id each ATS uses in its URLs. */
export interface SiteData extends MoreSiteData {
  greenhouse?: Record<string, Listing[]>;
  lever?: Record<string, Listing[]>;
  ashby?: Record<string, Listing[]>;
  smartrecruiters?: Record<string, Listing[]>;
  workday?: Record<string, Listing[]>;
  usajobs?: Listing[];
  neogov?: Record<string, { name: string; listings: Listing[] }>;
  /** JSON-LD career sites, by path prefix (e.g. "acme" serves /acme/careers). */
  jsonld?: Record<string, { listings: Listing[]; scriptRendered?: boolean }>;
}

export interface FaultRule {
  /** Applies to request paths starting with this. */
  pathPrefix: string;
  fault: Fault;
  /** Applies only to requests whose body contains this (one page of a POST-paged list). */
  bodyIncludes?: string;
  /** How many requests fail before the path recovers; Infinity by default. */
  times?: number;
}

export interface JobSites {
  baseUrl: string;
  data: SiteData;
  faults: FaultRule[];
  /** Every request path the server saw, in order (query strings included). */
  requests: { method: string; path: string; headers: IncomingMessage['headers']; at: number }[];
  close(): Promise<void>;
}

const LEVER_MAX = 100;

/**
 * Imitates the public job APIs and career sites on loopback: the same paths, parameters, paging,
 * headers and quirks as the real services, plus the failures a crawler must survive.
 */
export async function startJobSites(
  data: SiteData,
  options: {
    now?: Date;
    robots?: string;
    faults?: FaultRule[];
    /** The loopback address to listen on: 127.0.0.2, 127.0.0.3… are distinct hosts to a crawler. */
    host?: string;
  } = {},
): Promise<JobSites> {
  const now = options.now ?? new Date();
  const faults = options.faults ?? [];
  const requests: JobSites['requests'] = [];
  const fired = new Map<FaultRule, number>();
  let base = '';

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      headers: req.headers,
      at: Date.now(),
    });
    const body = await readBody(req);
    const rule = faults.find(
      (f) =>
        url.pathname.startsWith(f.pathPrefix) &&
        (f.bodyIncludes === undefined || body.includes(f.bodyIncludes)) &&
        (fired.get(f) ?? 0) < (f.times ?? Number.POSITIVE_INFINITY),
    );
    if (rule) {
      fired.set(rule, (fired.get(rule) ?? 0) + 1);
      return applyFault(rule.fault, res, url);
    }
    try {
      route(req, res, url, body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });

  const send = (req: IncomingMessage, res: ServerResponse, type: string, payload: string, status = 200) => {
    const etag = `"${createHash('sha1').update(payload).digest('hex').slice(0, 16)}"`;
    if (req.method === 'GET' && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res
      .writeHead(status, { 'content-type': type, etag, 'content-length': Buffer.byteLength(payload) })
      .end(payload);
  };
  const json = (req: IncomingMessage, res: ServerResponse, value: unknown, status = 200) =>
    send(req, res, 'application/json; charset=utf-8', JSON.stringify(value), status);
  const notFound = (res: ServerResponse) =>
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404,"error":"Not Found"}');

  function route(req: IncomingMessage, res: ServerResponse, url: URL, body: string) {
    const p = url.pathname;
    let m: RegExpMatchArray | null;
    const responder = {
      send: (type: string, payload: string, status?: number) => send(req, res, type, payload, status),
      json: (value: unknown, status?: number) => json(req, res, value, status),
      notFound: () => notFound(res),
    };
    if (routeMoreBoards(data, req, url, body, base, now, responder)) return;
    if (p === '/robots.txt')
      return send(req, res, 'text/plain', options.robots ?? 'User-agent: *\nDisallow: /private/\n');
    m = p.match(/^\/v1\/boards\/([^/]+)\/jobs$/);
    if (m) {
      const list = data.greenhouse?.[decodeURIComponent(m[1] ?? '')];
      if (!list) return notFound(res);
      return json(req, res, {
        jobs: list.map((l) => greenhouseJob(l, m?.[1] ?? '', `${base}/gh`, now)),
        meta: { total: list.length },
      });
    }
    m = p.match(/^\/v0\/postings\/([^/]+)$/);
    if (m) {
      const list = data.lever?.[decodeURIComponent(m[1] ?? '')];
      if (!list) return json(req, res, { ok: false, error: 'Document not found' }, 404);
      const skip = Number(url.searchParams.get('skip') ?? 0);
      const limit = Math.min(Number(url.searchParams.get('limit') ?? LEVER_MAX), LEVER_MAX);
      return json(
        req,
        res,
        list.slice(skip, skip + limit).map((l) => leverPosting(l, m?.[1] ?? '', `${base}/lever`, now)),
      );
    }
    m = p.match(/^\/posting-api\/job-board\/([^/]+)$/);
    if (m) {
      const list = data.ashby?.[decodeURIComponent(m[1] ?? '')];
      if (!list) return notFound(res);
      return json(req, res, {
        apiVersion: '1',
        jobs: list.map((l) => ashbyJob(l, m?.[1] ?? '', `${base}/ashby`, now)),
      });
    }
    m = p.match(/^\/v1\/companies\/([^/]+)\/postings(?:\/([^/]+))?$/);
    if (m) {
      const company = decodeURIComponent(m[1] ?? '');
      const list = data.smartrecruiters?.[company];
      if (!list) return notFound(res);
      if (m[2]) {
        const l = findListing(
          list,
          'smartrecruiters',
          (x) => smartRecruitersListItem(x, company, base, now).id,
          m[2],
        );
        return l ? json(req, res, smartRecruitersDetail(l, company, `${base}/sr`, now)) : notFound(res);
      }
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 10), 100);
      return json(req, res, {
        offset,
        limit,
        totalFound: list.length,
        content: list
          .slice(offset, offset + limit)
          .map((l) => smartRecruitersListItem(l, company, base, now)),
      });
    }
    m = p.match(/^\/wday\/cxs\/([^/]+)\/([^/]+)\/jobs$/);
    if (m && req.method === 'POST') {
      const list = data.workday?.[`${m[1]}/${m[2]}`];
      if (!list) return notFound(res);
      const { limit = 20, offset = 0 } = JSON.parse(body || '{}') as { limit?: number; offset?: number };
      if (limit > 20)
        return json(req, res, { errorCode: 'HTTP_400', message: 'limit must be at most 20' }, 400);
      // Like the real endpoint, only the first page reports the total.
      return json(req, res, {
        total: offset === 0 ? list.length : 0,
        jobPostings: list.slice(offset, offset + limit).map(workdayListItem),
        userAuthenticated: false,
      });
    }
    m = p.match(/^\/wday\/cxs\/([^/]+)\/([^/]+)(\/job\/.+)$/);
    if (m) {
      const list = data.workday?.[`${m[1]}/${m[2]}`];
      const l = list && findListing(list, 'workday', workdayPath, decodeURIComponent(m[3] ?? ''));
      return l ? json(req, res, workdayDetail(l, m[1] ?? '', m[2] ?? '', `${base}/wd`, now)) : notFound(res);
    }
    if (p === '/api/Search') {
      if (!req.headers['authorization-key'] || !req.headers['user-agent']?.includes('@')) {
        return json(req, res, { message: 'Authorization has been denied for this request.' }, 401);
      }
      const list = data.usajobs ?? [];
      const per = Number(url.searchParams.get('ResultsPerPage') ?? 25);
      const page = Number(url.searchParams.get('Page') ?? 1);
      const items = list.slice((page - 1) * per, page * per).map((l) => usajobsItem(l, now));
      return json(req, res, {
        LanguageCode: 'EN',
        SearchParameters: {},
        SearchResult: {
          SearchResultCount: items.length,
          SearchResultCountAll: list.length,
          SearchResultItems: items,
          UserArea: {
            NumberOfPages: String(Math.max(1, Math.ceil(list.length / per))),
            IsRadialSearch: false,
          },
        },
      });
    }
    if (p === '/SearchEngine/JobsFeed') {
      const agency = url.searchParams.get('agency') ?? '';
      const feed = data.neogov?.[agency];
      if (!feed) return notFound(res);
      return send(
        req,
        res,
        'application/rss+xml; charset=utf-8',
        neogovFeed(feed.listings, feed.name, agency, base, now),
      );
    }
    m = p.match(/^\/([^/]+)\/(careers|sitemap\.xml|careers\/jobs\/([^/]+)|app\.js|app-data\.json)$/);
    if (m) {
      const site = data.jsonld?.[m[1] ?? ''];
      if (!site) return notFound(res);
      const prefix = `/${m[1]}`;
      if (m[2] === 'sitemap.xml') {
        const locs = site.listings
          .map((l) => `<url><loc>${base}${prefix}/careers/jobs/${l.id}</loc></url>`)
          .join('');
        return send(
          req,
          res,
          'application/xml',
          `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`,
        );
      }
      if (m[2] === 'careers') {
        if (site.scriptRendered) {
          return send(
            req,
            res,
            'text/html',
            `<!doctype html><html><head><title>Careers</title><script src="${prefix}/app.js" defer></script></head><body><div id="root"></div></body></html>`,
          );
        }
        const links = site.listings
          .map(
            (l) =>
              `<li><a href="${prefix}/careers/jobs/${l.id}?utm_source=careers">${escapeXml(l.title)}</a></li>`,
          )
          .join('');
        return send(
          req,
          res,
          'text/html',
          `<!doctype html><html><head><title>Careers</title></head><body><h1>Open roles</h1><ul>${links}</ul><a href="/private/admin">Staff</a></body></html>`,
        );
      }
      if (m[2] === 'app.js') {
        // Draws the page and its JSON-LD from data fetched at run time, as single-page career sites do.
        return send(
          req,
          res,
          'text/javascript',
          `fetch('${prefix}/app-data.json').then(r=>r.json()).then(d=>{for(const j of d){const s=document.createElement('script');s.type='application/ld+json';s.textContent=JSON.stringify(j);document.head.appendChild(s);}document.getElementById('root').textContent='Open roles: '+d.length;});`,
        );
      }
      if (m[2] === 'app-data.json') {
        return json(
          req,
          res,
          site.listings.map((l) => extractPosting(jsonLdJobPage(l, `${base}${prefix}/careers`, now))),
        );
      }
      const l = findListing(site.listings, 'id', (x) => x.id, m[3] ?? '');
      if (!l) return notFound(res);
      return send(
        req,
        res,
        'text/html',
        jsonLdJobPage(
          l,
          `${base}${prefix}/careers/jobs/${l.id}`,
          now,
          Number(l.id) % 2 === 0 ? 'graph' : 'plain',
        ),
      );
    }
    if (p.startsWith('/private/')) return send(req, res, 'text/html', '<html><body>staff only</body></html>');
    return notFound(res);
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  base = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    data,
    faults,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function extractPosting(html: string): unknown {
  const match = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
  return JSON.parse(match?.[1] ?? '{}');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function applyFault(fault: Fault, res: ServerResponse, url: URL): void {
  switch (fault) {
    case '500':
      res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
      return;
    case '429':
      res
        .writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' })
        .end('{"error":"rate limited"}');
      return;
    case 'timeout':
      // Never answer; the crawler's timeout must cut it off.
      return;
    case 'malformed':
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs": [ {"id": 1, "title": "Broken');
      return;
    case 'wrong-shape':
      // Valid JSON, but not the answer the API documents (a maintenance or error envelope).
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","results":{"count":0}}');
      return;
    case 'wrong-shape-page':
      // A careers page whose JSON-LD says JobPosting but is not one: its title is a reference
      // object, its employer a number, its date not a date.
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html><head><title>Careers</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":{"@id":"#title"},"hiringOrganization":42,"datePosted":20260101}</script></head><body><h1>Careers</h1><p>We are updating our job listings. Please check back soon for open roles in investigations, compliance and security.</p></body></html>',
        );
      return;
    case 'truncated':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"jobs": [');
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    case 'redirect-loop':
      res
        .writeHead(302, { location: `${url.pathname}${url.search.includes('loop') ? '' : '?loop=1'}` })
        .end();
      return;
    case 'huge': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(1024 * 64)}</p>`;
      let sent = 0;
      const pump = (): void => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
      return;
    }
  }
}
