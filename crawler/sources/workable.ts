import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';
import { extractWorkableV3, workableV3ListRequest } from './workable-v3';

// Workable's public job widget: GET https://apply.workable.com/api/v1/widget/accounts/{account}
// (help.workable.com, "Embedding a job widget"); `details=true` adds each job's description. The
// answer is { name, description, jobs: [...] }; `published_on` and `created_at` are plain dates,
// `telecommuting` is the remote flag, and `locations` repeats the place with a country code.
const text = z.string().nullable().optional();
const job = z.object({
  title: z.string(),
  shortcode: z.string(),
  code: text,
  employment_type: text,
  telecommuting: z.boolean().nullable().optional(),
  department: text,
  url: z.string(),
  shortlink: text,
  application_url: text,
  published_on: text,
  created_at: text,
  country: text,
  city: text,
  state: text,
  description: text,
  locations: z
    .array(
      z.object({
        country: text,
        countryCode: text,
        city: text,
        region: text,
        hidden: z.boolean().nullable().optional(),
      }),
    )
    .nullable()
    .optional(),
});
const widget = z.object({ name: text, jobs: z.array(job) });

export function workableJobToLead(j: z.infer<typeof job>, company: string): RawLeadInput {
  const places = (j.locations ?? [])
    .filter((l) => !l.hidden)
    .map((l) => ({
      city: l.city ?? null,
      region: l.region ?? null,
      country: l.countryCode ?? l.country ?? null,
    }));
  return {
    sourceLeadId: j.shortcode,
    title: j.title,
    company,
    locations: places.length
      ? places
      : [{ city: j.city ?? null, region: j.state ?? null, country: j.country ?? null }],
    workplace: j.telecommuting ? 'remote' : null,
    employmentType: j.employment_type ?? null,
    descriptionHtml: j.description ?? '',
    url: j.url,
    applyUrl: j.application_url ?? j.url,
    postedAt: j.published_on ?? j.created_at ?? null,
    department: j.department ?? null,
  };
}

export const workable: SourceAdapter<'workable'> = {
  type: 'workable',
  defaultBaseUrl: () => 'https://apply.workable.com',
  start: (config, ctx) =>
    config.api === 'v3'
      ? [workableV3ListRequest(ctx.baseUrl, config.account)]
      : [
          {
            label: 'widget',
            url: `${trimSlash(ctx.baseUrl)}/api/v1/widget/accounts/${encodeURIComponent(config.account)}?details=true`,
          },
        ],
  extract(page, config, ctx) {
    if (config.api === 'v3') return extractWorkableV3(page, config, ctx.baseUrl);
    const parsed = widget.safeParse(parseJson(page));
    if (!parsed.success)
      throw new UnexpectedPageError(
        `Workable widget answer is malformed: ${parsed.error.issues[0]?.message}`,
      );
    const company = config.name ?? parsed.data.name?.trim() ?? config.account;
    return { leads: parsed.data.jobs.map((j) => workableJobToLead(j, company || config.account)), next: [] };
  },
};
