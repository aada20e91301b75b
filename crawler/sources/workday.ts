import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import { relativePostedDate } from '../../core/normalise/dates';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { entryFields, parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

/** Workday's CXS endpoint refuses pages larger than 20. */
export const WORKDAY_PAGE_SIZE = 20;

const list = z.object({
  total: z.number().nullable().optional(),
  jobPostings: z.array(
    z.object({
      title: z.string(),
      externalPath: z.string(),
      locationsText: z.string().nullable().optional(),
      postedOn: z.string().nullable().optional(),
      bulletFields: z.array(z.string()).nullable().optional(),
    }),
  ),
});
const detail = z.object({
  jobPostingInfo: z.object({
    id: z.string().nullable().optional(),
    title: z.string(),
    jobDescription: z.string().nullable().optional(),
    location: z.string().nullable().optional(),
    additionalLocations: z.array(z.string()).nullable().optional(),
    postedOn: z.string().nullable().optional(),
    startDate: z.string().nullable().optional(),
    endDate: z.string().nullable().optional(),
    timeType: z.string().nullable().optional(),
    remoteType: z.string().nullable().optional(),
    jobReqId: z.string().nullable().optional(),
    externalUrl: z.string().nullable().optional(),
    country: z.object({ descriptor: z.string().nullable().optional() }).nullable().optional(),
  }),
  hiringOrganization: z.object({ name: z.string().nullable().optional() }).nullable().optional(),
});

const jobsUrl = (base: string, tenant: string, site: string) =>
  `${trimSlash(base)}/wday/cxs/${encodeURIComponent(tenant)}/${encodeURIComponent(site)}/jobs`;

function listPage(
  base: string,
  config: { tenant: string; site: string; searchText: string },
  offset: number,
): FetchSpec {
  const url = jobsUrl(base, config.tenant, config.site);
  return {
    label: 'list',
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      limit: WORKDAY_PAGE_SIZE,
      offset,
      searchText: config.searchText,
      appliedFacets: {},
    }),
    // Every page POSTs to the same URL; the offset keeps them apart in the queue.
    uniqueKey: `POST ${url} offset=${offset}`,
    data: { offset },
  };
}

/**
 * Workday's list says "Posted 3 Days Ago", which changes every day for the same posting. As a date
 * it stays put, so a recrawl can tell an unchanged entry; "30+ Days Ago" is kept as words, since
 * its date would move daily.
 */
function stablePostedOn(postedOn: string | null | undefined, now: Date): string | null {
  if (!postedOn) return null;
  if (postedOn.includes('+')) return postedOn;
  return relativePostedDate(postedOn, now)?.slice(0, 10) ?? postedOn;
}

export function workdayDetailToLead(
  d: z.infer<typeof detail>,
  fallbackCompany: string,
  now: Date,
): RawLeadInput {
  const info = d.jobPostingInfo;
  // startDate is the real posting date; only without it do we fall back to "Posted 30+ Days Ago".
  const relative = !info.startDate && info.postedOn ? relativePostedDate(info.postedOn, now) : null;
  const url = info.externalUrl;
  if (!url) throw new UnexpectedPageError(`Workday posting "${info.title}" has no externalUrl`);
  const places = [info.location, ...(info.additionalLocations ?? [])].filter((p): p is string => Boolean(p));
  return {
    sourceLeadId: info.jobReqId ?? info.id ?? url,
    title: info.title,
    company: d.hiringOrganization?.name?.trim() || fallbackCompany,
    locations: places.map((text) => ({ text })),
    workplace: info.remoteType ?? null,
    employmentType: info.timeType ?? null,
    descriptionHtml: info.jobDescription ?? '',
    url,
    applyUrl: `${url.replace(/\/+$/, '')}/apply`,
    postedAt: info.startDate ?? relative,
    postedAtApproximate: Boolean(relative),
    closesAt: info.endDate ?? null,
  };
}

export const workday: SourceAdapter<'workday'> = {
  type: 'workday',
  defaultBaseUrl: (config) => `https://${config.host}`,
  start: (config, ctx) => [listPage(ctx.baseUrl, config, 0)],
  extract(page, config, ctx) {
    const data = parseJson(page);
    const company = config.name ?? config.tenant;
    if (page.spec.label === 'detail') {
      const parsed = detail.safeParse(data);
      if (!parsed.success)
        throw new UnexpectedPageError(`Workday posting is malformed: ${parsed.error.issues[0]?.message}`);
      return { leads: [workdayDetailToLead(parsed.data, company, ctx.now)], next: [] };
    }
    const parsed = list.safeParse(data);
    if (!parsed.success)
      throw new UnexpectedPageError(`Workday list is malformed: ${parsed.error.issues[0]?.message}`);
    const offset = Number(page.spec.data?.offset ?? 0);
    const site = `${trimSlash(ctx.baseUrl)}/wday/cxs/${encodeURIComponent(config.tenant)}/${encodeURIComponent(config.site)}`;
    const next: FetchSpec[] = parsed.data.jobPostings.map((p) => ({
      label: 'detail',
      url: `${site}${p.externalPath.startsWith('/') ? '' : '/'}${p.externalPath}`,
      headers: { accept: 'application/json' },
      entry: {
        key: p.externalPath,
        fields: entryFields(p.title, p.locationsText, stablePostedOn(p.postedOn, ctx.now)),
      },
    }));
    // Workday reports `total` on the first page only (later pages say 0), so page on until a short page.
    const total = offset === 0 ? (parsed.data.total ?? 0) : Number(page.spec.data?.total ?? 0);
    const nextOffset = offset + parsed.data.jobPostings.length;
    if (parsed.data.jobPostings.length === WORKDAY_PAGE_SIZE && (total === 0 || nextOffset < total)) {
      const more = listPage(ctx.baseUrl, config, nextOffset);
      next.push({ ...more, data: { ...more.data, total } });
    }
    return { leads: [], next };
  },
};
