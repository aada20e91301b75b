import type { IncomingMessage } from 'node:http';
import type { Listing } from './listing';
import { findListing, isoDaysAgo } from './listing';
import type { Responder } from './more-routes';

/** One job as the documented widget gives it (help.workable.com, "Embedding a job widget"). */
export function workableJob(l: Listing, account: string, base: string, now: Date) {
  const shortcode = `A${l.id.padStart(9, '0')}`.slice(0, 10).toUpperCase();
  return {
    title: l.title,
    shortcode,
    code: '',
    employment_type: l.employmentType === 'part_time' ? 'Part-time' : 'Full-time',
    telecommuting: l.remote === 'remote',
    department: l.department ?? '',
    url: `${base}/${account}/j/${shortcode}/`,
    shortlink: `${base}/j/${shortcode}`,
    application_url: `${base}/${account}/j/${shortcode}/apply`,
    published_on: isoDaysAgo(l.postedDaysAgo, now).slice(0, 10),
    created_at: isoDaysAgo(l.postedDaysAgo + 2, now).slice(0, 10),
    country: 'United States',
    city: l.city ?? '',
    state: l.region ?? '',
    education: '',
    experience: 'Mid-Senior level',
    function: '',
    industry: 'Financial Services',
    locations: [
      {
        country: 'United States',
        countryCode: 'US',
        city: l.city ?? '',
        region: l.region ?? '',
        hidden: false,
      },
    ],
    description: l.descriptionHtml,
  };
}

/**
 * Jobs the fixture's v3 answer lists per page. Workable decides the real size; a client only follows
 * `nextPage` until there is none.
 */
export const WORKABLE_V3_PAGE = 10;
/** The filter keys the careers page sends; the endpoint answers 400 to any other. */
const KNOWN_KEYS = new Set(['query', 'location', 'department', 'worktype', 'remote', 'workplace', 'token']);

const shortcodeOf = (l: Listing) => `A${l.id.padStart(9, '0')}`.slice(0, 10).toUpperCase();
const TYPES: Record<NonNullable<Listing['employmentType']>, string> = {
  full_time: 'full',
  part_time: 'part',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'internship',
};

/** One result as the v3 list gives it: no description, `department` an array, `published` ISO. */
export function workableV3Result(l: Listing, now: Date, internal = false) {
  const place = { country: 'United States', countryCode: 'US', city: l.city ?? '', region: l.region ?? '' };
  return {
    id: 4_000_000 + (Number(l.id.replace(/\D/g, '')) || 1),
    shortcode: shortcodeOf(l),
    title: l.title,
    remote: l.remote === 'remote',
    location: place,
    locations: [place],
    state: 'published',
    isInternal: internal,
    code: null,
    // Workable gives the day only, as midnight UTC.
    published: `${isoDaysAgo(l.postedDaysAgo, now).slice(0, 10)}T00:00:00.000Z`,
    type: TYPES[l.employmentType ?? 'full_time'],
    language: 'en',
    department: l.department ? [l.department] : [],
    accountUid: '6c1f0b2e-3a7d-4c55-9e0a-5b8d2f1c7a90',
    approvalStatus: 'approved',
    workplace: l.remote === 'remote' ? 'remote' : l.remote === 'hybrid' ? 'hybrid' : 'on_site',
  };
}

/** The v2 job answer: the result's fields plus the description split into three HTML parts. */
export function workableV3Detail(l: Listing, now: Date) {
  const [first, ...rest] = l.descriptionHtml.split('</p>');
  return {
    ...workableV3Result(l, now),
    description: `${first}</p>`,
    requirements: rest.join('</p>'),
    benefits: '<p>Medical, dental and vision cover.</p>',
  };
}

// Opaque to a client, like Workable's; here it carries the offset of the next page.
const tokenFor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
const offsetOf = (token: string) =>
  Number(/^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString())?.[1]);

/** Answers Workable careers-page requests; returns false for any other path. */
export function routeWorkableV3(
  boards: { listed?: Record<string, Listing[]>; internal?: Record<string, Listing[]> },
  req: IncomingMessage,
  url: URL,
  body: string,
  now: Date,
  r: Responder,
): boolean {
  const detail = url.pathname.match(/^\/api\/v2\/accounts\/([^/]+)\/jobs\/([^/]+)$/);
  if (detail) {
    const list = boards.listed?.[decodeURIComponent(detail[1] ?? '')];
    const l = list && findListing(list, 'workable-v3', shortcodeOf, decodeURIComponent(detail[2] ?? ''));
    if (!l) r.json({ error: 'Not found' }, 404);
    else r.json(workableV3Detail(l, now));
    return true;
  }
  const m = url.pathname.match(/^\/api\/v3\/accounts\/([^/]+)\/jobs$/);
  if (!m) return false;
  const account = decodeURIComponent(m[1] ?? '');
  const list = boards.listed?.[account];
  if (!list || req.method !== 'POST') {
    r.json({ error: 'Not found' }, 404);
    return true;
  }
  let filters: Record<string, unknown>;
  try {
    filters = JSON.parse(body || '{}') as Record<string, unknown>;
  } catch {
    r.json({ error: 'Bad request' }, 400);
    return true;
  }
  const unknown = Object.keys(filters).filter((k) => !KNOWN_KEYS.has(k));
  const offset = typeof filters.token === 'string' ? offsetOf(filters.token) : 0;
  if (unknown.length > 0 || !Number.isInteger(offset)) {
    r.json({ error: 'Bad request' }, 400);
    return true;
  }
  // Internal jobs sit in the same list, flagged, as they do on a real account.
  const all = [
    ...list.map((l) => workableV3Result(l, now)),
    ...(boards.internal?.[account] ?? []).map((l) => workableV3Result(l, now, true)),
  ];
  const results = all.slice(offset, offset + WORKABLE_V3_PAGE);
  const more = offset + WORKABLE_V3_PAGE < all.length;
  r.json({ total: all.length, results, ...(more ? { nextPage: tokenFor(offset + WORKABLE_V3_PAGE) } : {}) });
  return true;
}
