import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { entryFields, parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// https://developers.smartrecruiters.com/docs/posting-api
export const SMARTRECRUITERS_PAGE_SIZE = 100;

const coordinate = z.union([z.number(), z.string()]).nullable().optional();
const location = z.object({
  city: z.string().nullable().optional(),
  region: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  remote: z.boolean().nullable().optional(),
  hybrid: z.boolean().nullable().optional(),
  fullLocation: z.string().nullable().optional(),
  latitude: coordinate,
  longitude: coordinate,
});
const listItem = z.object({
  id: z.string(),
  name: z.string(),
  releasedDate: z.string().nullable().optional(),
  location: location.partial().nullable().optional(),
});
const list = z.object({
  offset: z.number(),
  limit: z.number(),
  totalFound: z.number(),
  content: z.array(listItem),
});
const section = z
  .object({ title: z.string().nullable().optional(), text: z.string().nullable().optional() })
  .nullable()
  .optional();
const detail = z.object({
  id: z.string(),
  name: z.string(),
  company: z
    .object({ name: z.string().nullable().optional(), identifier: z.string().nullable().optional() })
    .nullable()
    .optional(),
  location: location.nullable().optional(),
  releasedDate: z.string().nullable().optional(),
  typeOfEmployment: z.object({ label: z.string().nullable().optional() }).nullable().optional(),
  department: z.object({ label: z.string().nullable().optional() }).nullable().optional(),
  jobAd: z
    .object({
      sections: z
        .object({
          companyDescription: section,
          jobDescription: section,
          qualifications: section,
          additionalInformation: section,
        })
        .partial()
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  compensation: z
    .object({
      min: z.number().nullable().optional(),
      max: z.number().nullable().optional(),
      currency: z.string().nullable().optional(),
      period: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  postingUrl: z.string().nullable().optional(),
  applyUrl: z.string().nullable().optional(),
  active: z.boolean().nullable().optional(),
});

const toNumber = (v: number | string | null | undefined) => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

export function smartRecruitersDetailToLead(
  d: z.infer<typeof detail>,
  fallbackCompany: string,
  companyId: string,
): RawLeadInput {
  const s = d.jobAd?.sections ?? {};
  const html = [s.jobDescription, s.qualifications, s.additionalInformation, s.companyDescription]
    .filter((x) => x?.text)
    .map((x) => `${x?.title ? `<h3>${x.title}</h3>` : ''}${x?.text}`)
    .join('');
  const loc = d.location;
  const url =
    d.postingUrl ??
    `https://jobs.smartrecruiters.com/${encodeURIComponent(companyId)}/${encodeURIComponent(d.id)}`;
  return {
    sourceLeadId: d.id,
    title: d.name,
    company: d.company?.name ?? fallbackCompany,
    locations: loc
      ? [
          {
            text: loc.fullLocation ?? undefined,
            city: loc.city,
            region: loc.region,
            country: loc.country,
            latitude: toNumber(loc.latitude),
            longitude: toNumber(loc.longitude),
          },
        ]
      : [],
    workplace: loc?.remote ? 'remote' : loc?.hybrid ? 'hybrid' : loc ? 'onsite' : null,
    employmentType: d.typeOfEmployment?.label ?? null,
    salary: d.compensation ?? null,
    descriptionHtml: html,
    url,
    applyUrl: d.applyUrl ?? url,
    postedAt: d.releasedDate ?? null,
    department: d.department?.label ?? null,
  };
}

const listUrl = (base: string, company: string, offset: number) =>
  `${trimSlash(base)}/v1/companies/${encodeURIComponent(company)}/postings?offset=${offset}&limit=${SMARTRECRUITERS_PAGE_SIZE}`;

export const smartrecruiters: SourceAdapter<'smartrecruiters'> = {
  type: 'smartrecruiters',
  defaultBaseUrl: () => 'https://api.smartrecruiters.com',
  start: (config, ctx) => [{ label: 'list', url: listUrl(ctx.baseUrl, config.company, 0) }],
  extract(page, config, ctx) {
    const data = parseJson(page);
    const company = config.name ?? config.company;
    if (page.spec.label === 'detail') {
      const parsed = detail.safeParse(data);
      if (!parsed.success)
        throw new UnexpectedPageError(
          `SmartRecruiters posting is malformed: ${parsed.error.issues[0]?.message}`,
        );
      if (parsed.data.active === false) return { leads: [], next: [] };
      return { leads: [smartRecruitersDetailToLead(parsed.data, company, config.company)], next: [] };
    }
    const parsed = list.safeParse(data);
    if (!parsed.success)
      throw new UnexpectedPageError(`SmartRecruiters list is malformed: ${parsed.error.issues[0]?.message}`);
    const { offset, content, totalFound } = parsed.data;
    // The list has no description: each posting's detail carries it in jobAd.sections.
    const next: FetchSpec[] = content.map((p) => ({
      label: 'detail',
      url: `${trimSlash(ctx.baseUrl)}/v1/companies/${encodeURIComponent(config.company)}/postings/${encodeURIComponent(p.id)}`,
      entry: {
        key: p.id,
        fields: entryFields(p.name, p.location?.fullLocation ?? p.location?.city, p.releasedDate),
      },
    }));
    const nextOffset = offset + content.length;
    if (content.length > 0 && nextOffset < totalFound)
      next.push({ label: 'list', url: listUrl(ctx.baseUrl, config.company, nextOffset) });
    return { leads: [], next };
  },
};
