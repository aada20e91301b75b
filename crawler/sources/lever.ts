import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

/** Lever pages with skip/limit (https://github.com/lever/postings-api#get-a-list-of-job-postings). */
export const LEVER_PAGE_SIZE = 100;

const posting = z.object({
  id: z.string(),
  text: z.string(),
  categories: z
    .object({
      commitment: z.string().nullable().optional(),
      department: z.string().nullable().optional(),
      location: z.string().nullable().optional(),
      team: z.string().nullable().optional(),
      allLocations: z.array(z.string()).nullable().optional(),
    })
    .default({}),
  createdAt: z.number().nullable().optional(),
  description: z.string().nullable().optional(),
  descriptionBody: z.string().nullable().optional(),
  lists: z
    .array(z.object({ text: z.string(), content: z.string() }))
    .nullable()
    .optional(),
  additional: z.string().nullable().optional(),
  hostedUrl: z.string(),
  applyUrl: z.string().nullable().optional(),
  workplaceType: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  salaryRange: z
    .object({
      min: z.number().nullable().optional(),
      max: z.number().nullable().optional(),
      currency: z.string().nullable().optional(),
      interval: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});

function describe(p: z.infer<typeof posting>): string {
  const lists = (p.lists ?? []).map((l) => `<h3>${l.text}</h3><ul>${l.content}</ul>`).join('');
  return `${p.description ?? p.descriptionBody ?? ''}${lists}${p.additional ?? ''}`;
}

export function leverPostingToLead(p: z.infer<typeof posting>, company: string): RawLeadInput {
  const places = p.categories.allLocations?.length
    ? p.categories.allLocations
    : p.categories.location
      ? [p.categories.location]
      : [];
  return {
    sourceLeadId: p.id,
    title: p.text,
    company,
    locations: places.map((text) => ({ text, country: places.length === 1 ? (p.country ?? null) : null })),
    workplace: p.workplaceType === 'unspecified' ? null : (p.workplaceType ?? null),
    employmentType: p.categories.commitment ?? null,
    salary: p.salaryRange
      ? {
          min: p.salaryRange.min,
          max: p.salaryRange.max,
          currency: p.salaryRange.currency,
          period: p.salaryRange.interval,
        }
      : null,
    descriptionHtml: describe(p),
    url: p.hostedUrl,
    applyUrl: p.applyUrl ?? p.hostedUrl,
    postedAt: p.createdAt ?? null,
    department: p.categories.department ?? p.categories.team ?? null,
  };
}

const listUrl = (base: string, site: string, skip: number) =>
  `${trimSlash(base)}/v0/postings/${encodeURIComponent(site)}?mode=json&skip=${skip}&limit=${LEVER_PAGE_SIZE}`;

export const lever: SourceAdapter<'lever'> = {
  type: 'lever',
  defaultBaseUrl: () => 'https://api.lever.co',
  start: (config, ctx) => [{ label: 'list', url: listUrl(ctx.baseUrl, config.site, 0), data: { skip: 0 } }],
  extract(page, config, ctx) {
    const data = parseJson(page);
    const company = config.name ?? config.site;
    if (!Array.isArray(data)) {
      // The single-posting endpoint answers with one object.
      const one = posting.safeParse(data);
      if (!one.success) throw new UnexpectedPageError('Lever answer is neither a list nor a posting');
      return { leads: [leverPostingToLead(one.data, company)], next: [] };
    }
    const leads: RawLeadInput[] = [];
    const skipped: string[] = [];
    for (const item of data) {
      const parsed = posting.safeParse(item);
      if (parsed.success) leads.push(leverPostingToLead(parsed.data, company));
      else
        skipped.push(`posting ${(item as { id?: string })?.id ?? '?'}: ${parsed.error.issues[0]?.message}`);
    }
    const skip = Number(page.spec.data?.skip ?? 0);
    const next =
      data.length >= LEVER_PAGE_SIZE
        ? [
            {
              label: 'list',
              url: listUrl(ctx.baseUrl, config.site, skip + LEVER_PAGE_SIZE),
              data: { skip: skip + LEVER_PAGE_SIZE },
            },
          ]
        : [];
    return { leads, next, skipped };
  },
};
