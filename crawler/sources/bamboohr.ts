import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { entryFields, parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// A BambooHR careers site (https://{company}.bamboohr.com/careers) reads two JSON endpoints: the
// list at /careers/list ({ meta, result: [...] }, no descriptions) and each opening's detail at
// /careers/{id}/detail ({ meta, result: { jobOpening } }). Ids are strings, `isRemote` may be null,
// and a location may be empty when only `atsLocation` is filled.
const text = z.string().nullable().optional();
const place = z
  .object({ city: text, state: text, province: text, country: text, postalCode: text })
  .partial()
  .nullable()
  .optional();
const listItem = z.object({
  id: z.union([z.string(), z.number()]),
  jobOpeningName: z.string(),
  departmentLabel: text,
  employmentStatusLabel: text,
  location: place,
  atsLocation: place,
  isRemote: z.boolean().nullable().optional(),
});
const list = z.object({ result: z.array(listItem) });
const detail = z.object({
  result: z.object({
    jobOpening: z.object({
      jobOpeningName: z.string(),
      jobOpeningShareUrl: text,
      jobOpeningStatus: text,
      departmentLabel: text,
      employmentStatusLabel: text,
      location: place,
      atsLocation: place,
      description: text,
      datePosted: text,
      isRemote: z.boolean().nullable().optional(),
      compensation: text,
    }),
  }),
});

const where = (p: z.infer<typeof place>) =>
  p && (p.city || p.state || p.province || p.country)
    ? { city: p.city ?? null, region: p.state ?? p.province ?? null, country: p.country ?? null }
    : null;

export function bamboohrDetailToLead(
  id: string,
  d: z.infer<typeof detail>,
  company: string,
  siteUrl: string,
): RawLeadInput {
  const o = d.result.jobOpening;
  const url = o.jobOpeningShareUrl ?? `${siteUrl}/careers/${encodeURIComponent(id)}`;
  const loc = where(o.location) ?? where(o.atsLocation);
  return {
    sourceLeadId: id,
    title: o.jobOpeningName,
    company,
    locations: loc ? [loc] : [],
    workplace: o.isRemote ? 'remote' : null,
    employmentType: o.employmentStatusLabel ?? null,
    descriptionHtml: o.description ?? '',
    url,
    applyUrl: url,
    postedAt: o.datePosted ?? null,
    department: o.departmentLabel ?? null,
  };
}

export const bamboohr: SourceAdapter<'bamboohr'> = {
  type: 'bamboohr',
  defaultBaseUrl: (config) => `https://${config.company}.bamboohr.com`,
  start: (_config, ctx) => [
    { label: 'list', url: `${trimSlash(ctx.baseUrl)}/careers/list`, headers: { accept: 'application/json' } },
  ],
  extract(page, config, ctx) {
    const data = parseJson(page);
    const company = config.name ?? config.company;
    const site = trimSlash(ctx.baseUrl);
    if (page.spec.label === 'detail') {
      const parsed = detail.safeParse(data);
      if (!parsed.success)
        throw new UnexpectedPageError(`BambooHR opening is malformed: ${parsed.error.issues[0]?.message}`);
      const status = parsed.data.result.jobOpening.jobOpeningStatus;
      if (status && !/open/i.test(status)) return { leads: [], next: [] };
      const id = String(page.spec.data?.id ?? '');
      return { leads: [bamboohrDetailToLead(id, parsed.data, company, site)], next: [] };
    }
    const parsed = list.safeParse(data);
    if (!parsed.success)
      throw new UnexpectedPageError(`BambooHR list is malformed: ${parsed.error.issues[0]?.message}`);
    const next: FetchSpec[] = parsed.data.result.map((j) => {
      const id = String(j.id);
      const loc = where(j.location) ?? where(j.atsLocation);
      return {
        label: 'detail',
        url: `${site}/careers/${encodeURIComponent(id)}/detail`,
        headers: { accept: 'application/json' },
        data: { id },
        entry: {
          key: id,
          fields: entryFields(j.jobOpeningName, loc ? JSON.stringify(loc) : null, j.employmentStatusLabel),
        },
      };
    });
    return { leads: [], next };
  },
};
