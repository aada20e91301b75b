import { z } from 'zod';
import type { RawLeadInput, RawLocationInput } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// https://developers.ashbyhq.com/docs/public-job-posting-api
const postalAddress = z
  .object({
    postalAddress: z
      .object({
        addressLocality: z.string().nullable().optional(),
        addressRegion: z.string().nullable().optional(),
        addressCountry: z.string().nullable().optional(),
      })
      .nullable()
      .optional(),
  })
  .nullable()
  .optional();
const component = z.object({
  compensationType: z.string().nullable().optional(),
  interval: z.string().nullable().optional(),
  currencyCode: z.string().nullable().optional(),
  minValue: z.number().nullable().optional(),
  maxValue: z.number().nullable().optional(),
});
const job = z.object({
  id: z.string(),
  title: z.string(),
  department: z.string().nullable().optional(),
  employmentType: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  secondaryLocations: z
    .array(z.object({ location: z.string().nullable().optional(), address: postalAddress }))
    .nullable()
    .optional(),
  publishedAt: z.string().nullable().optional(),
  isListed: z.boolean().nullable().optional(),
  isRemote: z.boolean().nullable().optional(),
  workplaceType: z.string().nullable().optional(),
  address: postalAddress,
  jobUrl: z.string(),
  applyUrl: z.string().nullable().optional(),
  descriptionHtml: z.string().nullable().optional(),
  compensation: z
    .object({
      compensationTiers: z
        .array(z.object({ components: z.array(component).nullable().optional() }))
        .nullable()
        .optional(),
      summaryComponents: z.array(component).nullable().optional(),
    })
    .nullable()
    .optional(),
});
const board = z.object({ jobs: z.array(job) });

function place(text: string | null | undefined, address: z.infer<typeof postalAddress>): RawLocationInput {
  const a = address?.postalAddress;
  return {
    text: text ?? undefined,
    city: a?.addressLocality || null,
    region: a?.addressRegion || null,
    country: a?.addressCountry || null,
  };
}

/** Ashby's interval reads "1 YEAR", "1 HOUR"... */
function salaryOf(j: z.infer<typeof job>) {
  const all = [
    ...(j.compensation?.summaryComponents ?? []),
    ...(j.compensation?.compensationTiers ?? []).flatMap((t) => t.components ?? []),
  ];
  const salary = all.find((c) => /salary/i.test(c.compensationType ?? ''));
  if (!salary) return null;
  return {
    min: salary.minValue ?? null,
    max: salary.maxValue ?? null,
    currency: salary.currencyCode ?? null,
    period: salary.interval?.replace(/^1\s+/, '') ?? null,
  };
}

export function ashbyJobToLead(j: z.infer<typeof job>, company: string): RawLeadInput {
  return {
    sourceLeadId: j.id,
    title: j.title,
    company,
    locations: [
      place(j.location, j.address),
      ...(j.secondaryLocations ?? []).map((s) => place(s.location, s.address)),
    ],
    workplace: j.workplaceType ?? (j.isRemote ? 'remote' : null),
    employmentType: j.employmentType ?? null,
    salary: salaryOf(j),
    descriptionHtml: j.descriptionHtml ?? '',
    url: j.jobUrl,
    applyUrl: j.applyUrl ?? j.jobUrl,
    postedAt: j.publishedAt ?? null,
    department: j.department ?? null,
  };
}

export const ashby: SourceAdapter<'ashby'> = {
  type: 'ashby',
  defaultBaseUrl: () => 'https://api.ashbyhq.com',
  start: (config, ctx) => [
    {
      label: 'board',
      url: `${trimSlash(ctx.baseUrl)}/posting-api/job-board/${encodeURIComponent(config.board)}?includeCompensation=true`,
    },
  ],
  extract(page, config) {
    const parsed = board.safeParse(parseJson(page));
    if (!parsed.success)
      throw new UnexpectedPageError(`Ashby answer has no jobs array: ${parsed.error.issues[0]?.message}`);
    const company = config.name ?? config.board;
    // Unlisted postings are reachable only by direct link; the employer did not publish them.
    const leads = parsed.data.jobs.filter((j) => j.isListed !== false).map((j) => ashbyJobToLead(j, company));
    return { leads, next: [] };
  },
};
