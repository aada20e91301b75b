import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { entryFields, parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// Rippling's public job board API: GET https://api.rippling.com/platform/api/ats/v1/board/{board}/jobs
// answers a bare array of { uuid, name, department: { label }, url, workLocation: { label } } with
// no description; GET …/jobs/{uuid} gives one job with its description split into `company` and
// `role` HTML, every work location, the employment type and the creation date.
const text = z.string().nullable().optional();
const label = z.object({ label: text }).nullable().optional();
const listItem = z.object({
  uuid: z.string(),
  name: z.string(),
  url: z.string(),
  department: label,
  workLocation: label,
});
const list = z.array(listItem);
const detail = z.object({
  uuid: z.string(),
  name: z.string(),
  url: text,
  companyName: text,
  description: z.object({ company: text, role: text }).partial().nullable().optional(),
  workLocations: z.array(z.string()).nullable().optional(),
  workLocation: label,
  department: z
    .union([z.string(), z.object({ name: text, label: text })])
    .nullable()
    .optional(),
  employmentType: label,
  createdOn: text,
});

const jobsUrl = (base: string, board: string) =>
  `${trimSlash(base)}/platform/api/ats/v1/board/${encodeURIComponent(board)}/jobs`;

export function ripplingDetailToLead(
  d: z.infer<typeof detail>,
  company: string,
  fallbackUrl: string,
): RawLeadInput {
  const places = d.workLocations?.length
    ? d.workLocations
    : d.workLocation?.label
      ? [d.workLocation.label]
      : [];
  const url = d.url ?? fallbackUrl;
  const department =
    typeof d.department === 'string' ? d.department : (d.department?.name ?? d.department?.label);
  return {
    sourceLeadId: d.uuid,
    title: d.name,
    company: d.companyName?.trim() || company,
    locations: places.map((p) => ({ text: p })),
    workplace: places.length > 0 && places.every((p) => /remote/i.test(p)) ? 'remote' : null,
    employmentType: d.employmentType?.label ?? null,
    descriptionHtml: [d.description?.role, d.description?.company].filter(Boolean).join(''),
    url,
    applyUrl: url,
    postedAt: d.createdOn ?? null,
    department: department ?? null,
  };
}

export const rippling: SourceAdapter<'rippling'> = {
  type: 'rippling',
  defaultBaseUrl: () => 'https://api.rippling.com',
  start: (config, ctx) => [{ label: 'list', url: jobsUrl(ctx.baseUrl, config.board) }],
  extract(page, config, ctx) {
    const data = parseJson(page);
    const company = config.name ?? config.board;
    if (page.spec.label === 'detail') {
      const parsed = detail.safeParse(data);
      if (!parsed.success)
        throw new UnexpectedPageError(`Rippling job is malformed: ${parsed.error.issues[0]?.message}`);
      return {
        leads: [ripplingDetailToLead(parsed.data, company, String(page.spec.data?.url ?? page.url))],
        next: [],
      };
    }
    const parsed = list.safeParse(data);
    if (!parsed.success)
      throw new UnexpectedPageError(`Rippling job list is malformed: ${parsed.error.issues[0]?.message}`);
    const next: FetchSpec[] = parsed.data.map((j) => ({
      label: 'detail',
      url: `${jobsUrl(ctx.baseUrl, config.board)}/${encodeURIComponent(j.uuid)}`,
      data: { url: j.url },
      entry: { key: j.uuid, fields: entryFields(j.name, j.workLocation?.label, j.department?.label) },
    }));
    return { leads: [], next };
  },
};
