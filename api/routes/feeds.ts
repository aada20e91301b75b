import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { toSearchParams } from '../../core/search/search-params';
import type { SearchHit } from '../../core/search/search-query';
import type { SearchEngine } from '../../search/search-engine';
import { getLead } from '../../store/leads-repo';
import type { Store } from '../../store/open-store';
import type { AtomEntry } from '../feeds/atom';
import { renderAtom } from '../feeds/atom';
import { ClientRateLimit } from '../middleware/rate-limit';
import { feedDoc } from '../openapi/lead-docs';
import { queryFrom } from './leads';

/** Entries in one feed: a reader shows what is new since its last poll, so a page of them is plenty. */
export const FEED_SIZE = 50;
/** Candidates read by posting date before ordering by when Offramp first listed them. */
const CANDIDATE_PAGES = 4;
/** Feed readers poll every 15–60 minutes; a person pressing refresh stays well under this. */
const REQUESTS_PER_MINUTE = 30;

const where = (hit: SearchHit) =>
  hit.location ?? (hit.remote === 'remote' ? 'Remote' : [hit.city, hit.region].filter(Boolean).join(', '));

/**
 * Alerts without an account: any search as an Atom feed (RFC 4287). Entries are the newest matching
 * leads, ordered by when Offramp first listed them so that a lead found after a reader's last poll is
 * at the top; each keeps its lead id as its entry id across crawls. The feed URL is the subscription:
 * nothing about who reads it is stored, and the access log records the route, not the query.
 */
export const feedRoutes = (
  db: Store,
  search: SearchEngine,
  trustProxy = false,
  limiter = new ClientRateLimit({
    limit: REQUESTS_PER_MINUTE,
    windowMs: 60_000,
    trustProxy,
    message: 'Too many feed requests',
  }),
) =>
  new Hono().get('/leads.atom', feedDoc.describe, async (c) => {
    limiter.take(c);
    const { page: _p, perPage: _pp, sort, ...raw } = c.req.queries();
    const query = queryFrom(raw);
    // The feed lists the search's newest leads; the fit floor that sorting by date or pay brings
    // applies only if the saved search was itself sorted that way.
    const sortedByDateOrPay = sort?.some((s) => s === 'newest' || s === 'salary') ?? false;
    const fitFloor = sortedByDateOrPay && query.fitFloor;
    const hits: SearchHit[] = [];
    for (let page = 1; page <= CANDIDATE_PAGES; page++) {
      const result = await search.search({ ...query, fitFloor, sort: 'newest', page, perPage: 50 });
      hits.push(...result.hits);
      if (page >= result.pages) break;
    }
    const origin = new URL(c.req.url).origin;
    const params = toSearchParams({ ...query, page: 1, sort: 'relevance' });
    const entries: AtomEntry[] = hits
      .map((hit) => ({ hit, firstSeen: getLead(db, hit.id)?.firstSeen ?? hit.postedAt ?? '' }))
      .sort((a, b) => b.firstSeen.localeCompare(a.firstSeen) || a.hit.id.localeCompare(b.hit.id))
      .slice(0, FEED_SIZE)
      .map(({ hit, firstSeen }) => ({
        id: `urn:uuid:${hit.id}`,
        title: `${hit.title} — ${hit.company}`,
        updated: firstSeen,
        published: hit.postedAt,
        link: `${origin}/leads/${hit.id}`,
        summary: [hit.company, where(hit), hit.topReason].filter(Boolean).join(' · '),
      }));
    const queryText = params.toString();
    const body = renderAtom({
      id: `tag:offramp,2026:leads?${queryText}`,
      title: 'Offramp — job search',
      subtitle: 'The newest jobs that match a search saved from Offramp.',
      selfUrl: `${origin}/api/feeds/leads.atom${queryText ? `?${queryText}` : ''}`,
      siteUrl: `${origin}/${queryText ? `?${queryText}` : ''}`,
      updated: entries[0]?.updated ?? new Date(0).toISOString(),
      entries,
    });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    // Readers poll; ten minutes of reuse spares the search, and the ETag makes a repeat poll a 304.
    c.header('Cache-Control', 'public, max-age=600');
    c.header('ETag', etag);
    const seen = c.req.header('If-None-Match');
    if (seen?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
    return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
