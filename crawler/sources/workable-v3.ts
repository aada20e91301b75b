import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { SourceConfigOf } from '../../core/source-config';
import type { Extracted, FetchedPage, FetchSpec } from '../source-adapter';
import { entryFields, parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// The jobs endpoint behind Workable's hosted careers page (apply.workable.com/{account}):
// POST /api/v3/accounts/{account}/jobs with a filter body answers { total, results, nextPage };
// the next page is the same POST with `token` set to `nextPage`, and the last page has none. A GET
// answers 404 and a body with keys it does not know answers 400, so the body keeps exactly the keys
// the careers page sends. Results carry no description: each job's comes from
// GET /api/v2/accounts/{account}/jobs/{shortcode} (description, requirements and benefits HTML).
// `published` is an ISO timestamp, `type` is "full", "part", "contract", "temporary"…, `department`
// is an array, `workplace` is "on_site", "hybrid" or "remote", and internal or unpublished jobs
// appear in the list with `isInternal: true` or a `state` other than "published".
const text = z.string().nullable().optional();
const place = z.object({
  country: text,
  countryCode: text,
  city: text,
  region: text,
  hidden: z.boolean().nullish(),
});
const job = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  shortcode: z.string().min(1),
  title: z.string(),
  remote: z.boolean().nullable().optional(),
  location: place.nullable().optional(),
  locations: z.array(place).nullable().optional(),
  state: text,
  isInternal: z.boolean().nullable().optional(),
  published: text,
  type: text,
  department: z
    .union([z.array(z.string()), z.string()])
    .nullable()
    .optional(),
  workplace: text,
});
const page = z.object({
  total: z.number().int().nonnegative(),
  results: z.array(job),
  nextPage: z.string().min(1).nullable().optional(),
});
const detail = job.extend({ description: text, requirements: text, benefits: text });

/** The filter body Workable's careers page sends: every filter empty, i.e. every public job. */
export const WORKABLE_V3_FILTERS = { query: '', location: [], department: [], worktype: [], remote: [] };

const EMPLOYMENT: Record<string, string> = {
  full: 'full_time',
  part: 'part_time',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'internship',
};

type Job = z.infer<typeof job>;
type Config = SourceConfigOf<'workable'>;

const listUrl = (base: string, account: string) =>
  `${trimSlash(base)}/api/v3/accounts/${encodeURIComponent(account)}/jobs`;

export function workableV3ListRequest(base: string, account: string, token?: string): FetchSpec {
  const url = listUrl(base, account);
  return {
    label: 'list',
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(token ? { ...WORKABLE_V3_FILTERS, token } : WORKABLE_V3_FILTERS),
    // A board that hands back the token it was given would otherwise page for ever; the queue
    // drops a request it has already seen.
    uniqueKey: `POST ${url} token=${token ?? ''}`,
  };
}

const listed = (j: Job) => j.state === 'published' && j.isInternal !== true;
const places = (j: Job) => {
  const all = (j.locations?.length ? j.locations : j.location ? [j.location] : []).filter((l) => !l.hidden);
  return all.map((l) => ({
    city: l.city || null,
    region: l.region || null,
    country: l.countryCode || l.country || null,
  }));
};
const workplaceOf = (j: Job) =>
  j.workplace === 'on_site' ? 'onsite' : (j.workplace ?? (j.remote ? 'remote' : null));
const departmentOf = (j: Job) =>
  Array.isArray(j.department) ? j.department.join(' / ') || null : (j.department ?? null);

export function workableV3DetailToLead(
  d: z.infer<typeof detail>,
  company: string,
  publicBase: string,
  account: string,
): RawLeadInput {
  const url = `${publicBase}/${encodeURIComponent(account)}/j/${encodeURIComponent(d.shortcode)}/`;
  return {
    sourceLeadId: d.shortcode,
    title: d.title,
    company,
    locations: places(d),
    workplace: workplaceOf(d),
    employmentType: d.type ? (EMPLOYMENT[d.type] ?? d.type) : null,
    descriptionHtml: [d.description, d.requirements, d.benefits].filter(Boolean).join('\n'),
    url,
    applyUrl: `${url}apply/`,
    postedAt: d.published ?? null,
    department: departmentOf(d),
  };
}

/** Reads one page of the v3 list (details to fetch, the next page) or one job's detail. */
export function extractWorkableV3(fetched: FetchedPage, config: Config, base: string): Extracted {
  const data = parseJson(fetched);
  const company = config.name ?? config.account;
  if (fetched.spec.label === 'detail') {
    const parsed = detail.safeParse(data);
    if (!parsed.success)
      throw new UnexpectedPageError(`Workable job is malformed: ${parsed.error.issues[0]?.message}`);
    return {
      leads: [workableV3DetailToLead(parsed.data, company, trimSlash(base), config.account)],
      next: [],
    };
  }
  const parsed = page.safeParse(data);
  if (!parsed.success)
    throw new UnexpectedPageError(`Workable jobs page is malformed: ${parsed.error.issues[0]?.message}`);
  const next: FetchSpec[] = parsed.data.results.filter(listed).map((j) => ({
    label: 'detail',
    url: `${trimSlash(base)}/api/v2/accounts/${encodeURIComponent(config.account)}/jobs/${encodeURIComponent(j.shortcode)}`,
    entry: {
      key: j.shortcode,
      fields: entryFields(j.title, JSON.stringify(places(j)), j.published, j.workplace),
    },
  }));
  if (parsed.data.nextPage && parsed.data.results.length > 0)
    next.push(workableV3ListRequest(base, config.account, parsed.data.nextPage));
  return { leads: [], next };
}
