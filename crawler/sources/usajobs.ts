import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import { parseAmount } from '../../core/normalise/salary';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// https://developer.usajobs.gov/api-reference/get-api-search
export const USAJOBS_PAGE_SIZE = 250;
/** A safety stop: 40 pages of 250 is far beyond any keyword search worth crawling. */
const MAX_PAGES = 40;

const amount = z.union([z.string(), z.number()]).nullable().optional();
const descriptor = z.object({
  PositionID: z.string().nullable().optional(),
  PositionTitle: z.string(),
  PositionURI: z.string(),
  ApplyURI: z.array(z.string()).nullable().optional(),
  PositionLocation: z
    .array(
      z.object({
        LocationName: z.string().nullable().optional(),
        CountryCode: z.string().nullable().optional(),
        CountrySubDivisionCode: z.string().nullable().optional(),
        CityName: z.string().nullable().optional(),
        Longitude: z.number().nullable().optional(),
        Latitude: z.number().nullable().optional(),
      }),
    )
    .nullable()
    .optional(),
  OrganizationName: z.string().nullable().optional(),
  DepartmentName: z.string().nullable().optional(),
  PositionSchedule: z
    .array(z.object({ Name: z.string() }))
    .nullable()
    .optional(),
  PositionOfferingType: z
    .array(z.object({ Name: z.string() }))
    .nullable()
    .optional(),
  PositionRemuneration: z
    .array(
      z.object({
        MinimumRange: amount,
        MaximumRange: amount,
        RateIntervalCode: z.string().nullable().optional(),
        Description: z.string().nullable().optional(),
      }),
    )
    .nullable()
    .optional(),
  PublicationStartDate: z.string().nullable().optional(),
  ApplicationCloseDate: z.string().nullable().optional(),
  QualificationSummary: z.string().nullable().optional(),
  UserArea: z
    .object({
      Details: z
        .object({
          JobSummary: z.string().nullable().optional(),
          MajorDuties: z
            .union([z.array(z.string()), z.string()])
            .nullable()
            .optional(),
          TeleworkEligible: z.union([z.boolean(), z.string()]).nullable().optional(),
          RemoteIndicator: z.union([z.boolean(), z.string()]).nullable().optional(),
          LowGrade: z.string().nullable().optional(),
          HighGrade: z.string().nullable().optional(),
        })
        .partial()
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
});
const search = z.object({
  SearchResult: z.object({
    SearchResultCount: z.union([z.number(), z.string()]).nullable().optional(),
    SearchResultItems: z.array(
      z.object({ MatchedObjectId: z.union([z.string(), z.number()]), MatchedObjectDescriptor: descriptor }),
    ),
    UserArea: z
      .object({ NumberOfPages: z.union([z.string(), z.number()]).nullable().optional() })
      .partial()
      .nullable()
      .optional(),
  }),
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (s: string) =>
  s
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('');

const truthy = (v: unknown) => v === true || (typeof v === 'string' && /^(true|yes|y)$/i.test(v));

export function usajobsItemToLead(id: string, d: z.infer<typeof descriptor>): RawLeadInput {
  const details = d.UserArea?.Details ?? {};
  const duties = Array.isArray(details.MajorDuties)
    ? details.MajorDuties
    : details.MajorDuties
      ? [details.MajorDuties]
      : [];
  const html = [
    details.JobSummary ? `<h3>Summary</h3>${paragraphs(details.JobSummary)}` : '',
    duties.length
      ? `<h3>Major duties</h3><ul>${duties.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`
      : '',
    d.QualificationSummary ? `<h3>Qualifications</h3>${paragraphs(d.QualificationSummary)}` : '',
  ].join('');
  const pay = d.PositionRemuneration?.[0];
  // "WC" is "without compensation": no salary to show.
  const hasPay = pay && pay.RateIntervalCode !== 'WC';
  return {
    sourceLeadId: id,
    title: d.PositionTitle,
    company: d.OrganizationName ?? d.DepartmentName ?? 'U.S. federal government',
    locations: (d.PositionLocation ?? []).map((l) => ({
      // CityName repeats the state ("Fort Meade, Maryland"); keep the city part.
      city: l.CityName?.split(',')[0]?.trim() || null,
      region: l.CountrySubDivisionCode ?? null,
      country: l.CountryCode ?? null,
      text: l.LocationName ?? undefined,
      latitude: l.Latitude ?? null,
      longitude: l.Longitude ?? null,
    })),
    workplace: truthy(details.RemoteIndicator) ? 'remote' : null,
    employmentType: [
      ...(d.PositionSchedule ?? []).map((s) => s.Name),
      ...(d.PositionOfferingType ?? []).map((s) => s.Name),
    ],
    salary: hasPay
      ? {
          min: parseAmount(pay.MinimumRange),
          max: parseAmount(pay.MaximumRange),
          currency: 'USD',
          period: pay.RateIntervalCode ?? pay.Description,
        }
      : null,
    descriptionHtml: html,
    url: d.PositionURI.replace(':443/', '/'),
    applyUrl: d.ApplyURI?.[0]?.replace(':443/', '/') ?? null,
    postedAt: d.PublicationStartDate ?? null,
    closesAt: d.ApplicationCloseDate ?? null,
    department: d.DepartmentName ?? null,
  };
}

function searchPage(
  base: string,
  config: { keyword?: string; filters: Record<string, string> },
  page: number,
): string {
  const params = new URLSearchParams({
    ...config.filters,
    ResultsPerPage: String(USAJOBS_PAGE_SIZE),
    Page: String(page),
  });
  if (config.keyword) params.set('Keyword', config.keyword);
  return `${trimSlash(base)}/api/Search?${params.toString()}`;
}

export const usajobs: SourceAdapter<'usajobs'> = {
  type: 'usajobs',
  defaultBaseUrl: () => 'https://data.usajobs.gov',
  start(config, ctx) {
    const key = ctx.secret(config.apiKeyEnv);
    if (!key)
      throw new UnexpectedPageError(
        `USAJOBS needs an API key in the ${config.apiKeyEnv} environment variable`,
      );
    return [
      {
        label: 'search',
        url: searchPage(ctx.baseUrl, config, 1),
        headers: headers(key, config.userAgentEmail),
        data: { page: 1 },
      },
    ];
  },
  extract(page, config, ctx) {
    const parsed = search.safeParse(parseJson(page));
    if (!parsed.success)
      throw new UnexpectedPageError(`USAJOBS answer is malformed: ${parsed.error.issues[0]?.message}`);
    const result = parsed.data.SearchResult;
    const leads = result.SearchResultItems.map((i) =>
      usajobsItemToLead(String(i.MatchedObjectId), i.MatchedObjectDescriptor),
    );
    const current = Number(page.spec.data?.page ?? 1);
    const pages = Math.min(Number(result.UserArea?.NumberOfPages ?? 1) || 1, MAX_PAGES);
    const next: FetchSpec[] = [];
    if (current === 1 && result.SearchResultItems.length > 0) {
      for (let p = 2; p <= pages; p++) {
        next.push({
          label: 'search',
          url: searchPage(ctx.baseUrl, config, p),
          headers: page.spec.headers,
          data: { page: p },
        });
      }
    }
    return { leads, next };
  },
};

/** USAJOBS asks for the key in Authorization-Key and the registered email as the User-Agent. */
function headers(key: string, email: string): Record<string, string> {
  return { 'authorization-key': key, 'user-agent': email, accept: 'application/json' };
}
