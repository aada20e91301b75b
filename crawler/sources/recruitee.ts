import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// Recruitee Careers Site API: GET https://{company}.recruitee.com/api/offers/ lists every published
// offer with its full text (https://docs.recruitee.com/reference/offers). Numbers in `salary` are
// strings, dates read "2026-08-05 09:41:37 UTC", and the text sits both at the top level and in
// `translations`.
const text = z.string().nullable().optional();
const offer = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  slug: text,
  description: text,
  requirements: text,
  location: text,
  city: text,
  state_name: text,
  state_code: text,
  country: text,
  country_code: text,
  remote: z.boolean().nullable().optional(),
  hybrid: z.boolean().nullable().optional(),
  on_site: z.boolean().nullable().optional(),
  employment_type_code: text,
  department: text,
  company_name: text,
  careers_url: z.string(),
  careers_apply_url: text,
  published_at: text,
  created_at: text,
  close_at: text,
  status: text,
  salary: z
    .object({
      min: z.union([z.string(), z.number()]).nullable().optional(),
      max: z.union([z.string(), z.number()]).nullable().optional(),
      currency: text,
      period: text,
    })
    .nullable()
    .optional(),
  locations: z
    .array(
      z.object({
        city: text,
        state: text,
        country: text,
        country_code: text,
        name: text,
      }),
    )
    .nullable()
    .optional(),
});
const list = z.object({ offers: z.array(offer) });

const amount = (v: string | number | null | undefined) => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
};
/** "2026-08-05 09:41:37 UTC" as ISO 8601. */
const recruiteeDate = (v: string | null | undefined) =>
  v ? v.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC$/, '$1T$2Z') : null;

export function recruiteeOfferToLead(o: z.infer<typeof offer>, fallbackCompany: string): RawLeadInput {
  const places = (o.locations ?? []).map((l) => ({
    city: l.city ?? null,
    region: l.state ?? null,
    country: l.country_code ?? l.country ?? null,
  }));
  return {
    sourceLeadId: String(o.id),
    title: o.title,
    company: o.company_name?.trim() || fallbackCompany,
    locations: places.length
      ? places
      : [
          {
            city: o.city ?? null,
            region: o.state_code ?? o.state_name ?? null,
            country: o.country_code ?? null,
          },
        ],
    workplace: o.remote ? 'remote' : o.hybrid ? 'hybrid' : o.on_site ? 'onsite' : null,
    employmentType: o.employment_type_code?.replace(/_.*$/, '') ?? null,
    salary:
      o.salary && (amount(o.salary.min) || amount(o.salary.max))
        ? {
            min: amount(o.salary.min),
            max: amount(o.salary.max),
            currency: o.salary.currency ?? null,
            period: o.salary.period ?? null,
          }
        : null,
    descriptionHtml: [o.description, o.requirements].filter(Boolean).join(''),
    url: o.careers_url,
    applyUrl: o.careers_apply_url ?? o.careers_url,
    postedAt: recruiteeDate(o.published_at ?? o.created_at),
    closesAt: recruiteeDate(o.close_at),
    department: o.department ?? null,
  };
}

export const recruitee: SourceAdapter<'recruitee'> = {
  type: 'recruitee',
  defaultBaseUrl: (config) => `https://${config.company}.recruitee.com`,
  start: (_config, ctx) => [{ label: 'list', url: `${trimSlash(ctx.baseUrl)}/api/offers/` }],
  extract(page, config) {
    const parsed = list.safeParse(parseJson(page));
    if (!parsed.success)
      throw new UnexpectedPageError(`Recruitee offers are malformed: ${parsed.error.issues[0]?.message}`);
    const company = config.name ?? config.company;
    const live = parsed.data.offers.filter((o) => !o.status || o.status === 'published');
    return { leads: live.map((o) => recruiteeOfferToLead(o, company)), next: [] };
  },
};
