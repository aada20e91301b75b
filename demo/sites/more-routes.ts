import type { IncomingMessage } from 'node:http';
import type { Listing } from './listing';
import { findListing } from './listing';
import {
  bamboohrDetail,
  bamboohrListItem,
  icimsJobPage,
  icimsJobPath,
  icimsSitemap,
  oracleDetail,
  oracleRequisition,
  personioFeed,
  recruiteeOffer,
  ripplingDetail,
  ripplingListItem,
  teamtailorFeed,
  ukgDetailPage,
  ukgOpportunity,
} from './more-formats';
import { routeWorkableV3, workableJob } from './workable-boards';

/**
 * The second group of ATS boards, keyed by the identifier each uses. Platforms that put the company
 * in the host name (Recruitee, BambooHR, Personio, Teamtailor, iCIMS, Oracle) are served under a
 * path prefix instead, `/recruitee/{company}` and so on: a source's `baseUrl` points there.
 */
export interface MoreSiteData {
  recruitee?: Record<string, Listing[]>;
  workable?: Record<string, Listing[]>;
  /** Internal jobs of a Workable account: the v3 list shows them, flagged `isInternal`. */
  workableInternal?: Record<string, Listing[]>;
  bamboohr?: Record<string, Listing[]>;
  /** By site number (CX_1); the host segment of the path is free. */
  oracle?: Record<string, Listing[]>;
  /** By "tenant/boardId". */
  ukg?: Record<string, Listing[]>;
  icims?: Record<string, Listing[]>;
  personio?: Record<string, Listing[]>;
  teamtailor?: Record<string, Listing[]>;
  rippling?: Record<string, Listing[]>;
}

export interface Responder {
  send(type: string, payload: string, status?: number): void;
  json(value: unknown, status?: number): void;
  notFound(): void;
}

const ORACLE_MAX = 25;
const UKG_MAX = 50;

/** Answers the request if it is for one of these boards; returns false to let others try. */
export function routeMoreBoards(
  data: MoreSiteData,
  req: IncomingMessage,
  url: URL,
  body: string,
  base: string,
  now: Date,
  r: Responder,
): boolean {
  const p = url.pathname;
  let m: RegExpMatchArray | null;
  // Each answers and reports the request handled.
  const json = (value: unknown, status?: number) => {
    r.json(value, status);
    return true;
  };
  const send = (type: string, payload: string, status?: number) => {
    r.send(type, payload, status);
    return true;
  };
  const notFound = () => {
    r.notFound();
    return true;
  };
  const company = (x: RegExpMatchArray | null) => decodeURIComponent(x?.[1] ?? '');
  const workable = { listed: data.workable, internal: data.workableInternal };
  if (routeWorkableV3(workable, req, url, body, now, r)) return true;

  m = p.match(/^\/recruitee\/([^/]+)\/api\/offers\/?$/);
  if (m) {
    const list = data.recruitee?.[company(m)];
    if (!list) return json({ error: 'Not found' }, 404);
    r.json({ offers: list.map((l) => recruiteeOffer(l, l.company, `${base}/recruitee/${m?.[1]}`, now)) });
    return true;
  }
  m = p.match(/^\/api\/v1\/widget\/accounts\/([^/]+)$/);
  if (m) {
    const list = data.workable?.[company(m)];
    if (!list) return json({ error: 'Not Found' }, 404);
    const details = url.searchParams.get('details') === 'true';
    r.json({
      name: list[0]?.company ?? company(m),
      description: null,
      jobs: list.map((l) => {
        const { description, ...rest } = workableJob(l, company(m), `${base}/workable`, now);
        return details ? { ...rest, description } : rest;
      }),
    });
    return true;
  }
  m = p.match(/^\/bamboohr\/([^/]+)\/careers\/(list|(\d+)\/detail)$/);
  if (m) {
    const list = data.bamboohr?.[company(m)];
    if (!list) return send('text/html', '<h1>Page not found</h1>', 404);
    const site = `${base}/bamboohr/${m[1]}`;
    if (m[2] === 'list') {
      r.json({ meta: { totalCount: list.length }, result: list.map(bamboohrListItem) });
      return true;
    }
    const l = findListing(list, 'bamboohr', (x) => bamboohrListItem(x).id, m[3] ?? '');
    if (!l) return json({ meta: null, result: null }, 404);
    r.json(bamboohrDetail(l, site, now));
    return true;
  }
  m = p.match(
    /^\/oracle\/[^/]+\/hcmRestApi\/resources\/latest\/(recruitingCEJobRequisitions|recruitingCEJobRequisitionDetails)$/,
  );
  if (m) {
    // finder=findReqs;siteNumber=CX_1,limit=25,offset=0 (Oracle REST finder syntax).
    const finder = url.searchParams.get('finder') ?? '';
    const args = Object.fromEntries(
      (finder.split(';')[1] ?? '').split(',').map((kv) => kv.split('=') as [string, string]),
    );
    const list = data.oracle?.[args.siteNumber ?? ''];
    if (!list) return json({ title: 'Bad Request', status: '400', detail: 'Invalid site number' }, 400);
    if (m[1] === 'recruitingCEJobRequisitionDetails') {
      const id = (args.Id ?? '').replace(/"/g, '');
      const l = findListing(list, 'oracle', (x) => oracleRequisition(x, now).Id, id);
      r.json(l ? oracleDetail(l, now) : { items: [], count: 0, hasMore: false, limit: 25, offset: 0 });
      return true;
    }
    const limit = Math.min(Number(args.limit ?? ORACLE_MAX), ORACLE_MAX);
    const offset = Number(args.offset ?? 0);
    const page = list.slice(offset, offset + limit).map((l) => oracleRequisition(l, now));
    r.json({
      items: [
        {
          SearchId: 1,
          Keyword: null,
          TotalJobsCount: list.length,
          Offset: offset,
          Limit: limit,
          SortBy: 'POSTING_DATES_DESC',
          requisitionList: page,
        },
      ],
      count: 1,
      hasMore: false,
      limit: 25,
      offset: 0,
    });
    return true;
  }
  m = p.match(/^\/([^/]+)\/JobBoard\/([^/]+)\/(JobBoardView\/LoadSearchResults|OpportunityDetail)$/);
  if (m) {
    const list = data.ukg?.[`${m[1]}/${m[2]}`];
    if (!list) return send('text/html', '<h1>Not Found</h1>', 404);
    if (m[3] === 'OpportunityDetail') {
      const l = findListing(
        list,
        'ukg',
        (x) => ukgOpportunity(x, now).Id,
        url.searchParams.get('opportunityId') ?? '',
      );
      if (!l) return send('text/html', '<h1>Not Found</h1>', 404);
      r.send('text/html; charset=utf-8', ukgDetailPage(l, now));
      return true;
    }
    if (req.method !== 'POST') return send('text/html', 'Method Not Allowed', 405);
    const search = (JSON.parse(body || '{}') as { opportunitySearch?: { Top?: number; Skip?: number } })
      .opportunitySearch;
    const top = Math.min(search?.Top ?? UKG_MAX, UKG_MAX);
    const skip = search?.Skip ?? 0;
    r.json({
      opportunities: list.slice(skip, skip + top).map((l) => ukgOpportunity(l, now)),
      totalCount: list.length,
    });
    return true;
  }
  m = p.match(/^\/icims\/([^/]+)(\/sitemap\.xml|\/jobs\/\d+\/[^/]+\/job)$/);
  if (m) {
    const list = data.icims?.[company(m)];
    if (!list) return notFound();
    const site = `${base}/icims/${m[1]}`;
    if (m[2] === '/sitemap.xml') {
      r.send('application/xml', icimsSitemap(list, site, now));
      return true;
    }
    const l = findListing(list, 'icims', icimsJobPath, m[2] ?? '');
    if (!l) return notFound();
    r.send(
      'text/html',
      icimsJobPage(l, `${site}${icimsJobPath(l)}`, url.searchParams.get('in_iframe') === '1', now),
    );
    return true;
  }
  m = p.match(/^\/personio\/([^/]+)\/xml$/);
  if (m) {
    const list = data.personio?.[company(m)];
    if (!list) return send('text/html', '<h1>Page not found</h1>', 404);
    r.send('text/xml; charset=utf-8', personioFeed(list, list[0]?.company ?? company(m), now));
    return true;
  }
  m = p.match(/^\/teamtailor\/([^/]+)\/jobs\.rss$/);
  if (m) {
    const list = data.teamtailor?.[company(m)];
    if (!list) return notFound();
    r.send(
      'application/rss+xml; charset=utf-8',
      teamtailorFeed(list, list[0]?.company ?? company(m), `${base}/teamtailor/${m[1]}`, now),
    );
    return true;
  }
  m = p.match(/^\/platform\/api\/ats\/v1\/board\/([^/]+)\/jobs(?:\/([^/]+))?$/);
  if (m) {
    const board = company(m);
    const list = data.rippling?.[board];
    if (!list) return json({ detail: 'Not found.' }, 404);
    const publicBase = `${base}/rippling`;
    if (m[2]) {
      const l = findListing(
        list,
        `rippling ${board}`,
        (x) => ripplingListItem(x, board, publicBase).uuid,
        m[2],
      );
      if (!l) return json({ detail: 'Not found.' }, 404);
      r.json(ripplingDetail(l, board, publicBase, now));
      return true;
    }
    r.json(list.map((l) => ripplingListItem(l, board, publicBase)));
    return true;
  }
  return false;
}
