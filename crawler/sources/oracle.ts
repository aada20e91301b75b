import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { entryFields, parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// Oracle Recruiting Cloud's candidate experience reads the HCM REST resources
// recruitingCEJobRequisitions (a search: items[0] carries TotalJobsCount and a page of
// requisitionList) and recruitingCEJobRequisitionDetails (one requisition, found by primary key).
// Oracle's REST finders take their parameters as `finder=name;key=value,key=value`, and paging is
// limit/offset inside the finder, not in the query string.
export const ORACLE_PAGE_SIZE = 25;

const text = z.string().nullable().optional();
const requisition = z.object({
  Id: z.union([z.string(), z.number()]),
  Title: z.string(),
  PostedDate: text,
  PostingEndDate: text,
  PrimaryLocation: text,
  PrimaryLocationCountry: text,
  WorkplaceType: text,
  ShortDescriptionStr: text,
  secondaryLocations: z
    .array(z.object({ Name: text, CountryCode: text }))
    .nullable()
    .optional(),
});
const search = z.object({
  items: z
    .array(
      z.object({
        TotalJobsCount: z.number().nullable().optional(),
        requisitionList: z.array(requisition),
      }),
    )
    .min(1),
});
const details = z.object({
  items: z
    .array(
      z.object({
        Id: z.union([z.string(), z.number()]),
        Title: z.string(),
        ExternalPostedStartDate: text,
        ExternalPostedEndDate: text,
        ExternalDescriptionStr: text,
        ExternalResponsibilitiesStr: text,
        ExternalQualificationsStr: text,
        CorporateDescriptionStr: text,
        PrimaryLocation: text,
        PrimaryLocationCountry: text,
        JobSchedule: text,
        WorkplaceType: text,
        Organization: text,
        JobFamily: text,
        secondaryLocations: z
          .array(z.object({ Name: text, CountryCode: text }))
          .nullable()
          .optional(),
      }),
    )
    .min(1),
});

const api = (base: string) => `${trimSlash(base)}/hcmRestApi/resources/latest`;

function searchPage(base: string, site: string, offset: number): FetchSpec {
  const finder = `findReqs;siteNumber=${site},limit=${ORACLE_PAGE_SIZE},offset=${offset},sortBy=POSTING_DATES_DESC`;
  return {
    label: 'list',
    url: `${api(base)}/recruitingCEJobRequisitions?onlyData=true&expand=requisitionList.secondaryLocations&finder=${encodeURIComponent(finder)}`,
    data: { offset },
  };
}

export function oracleDetailToLead(
  d: z.infer<typeof details>['items'][number],
  company: string,
  jobUrl: string,
): RawLeadInput {
  const places = [
    d.PrimaryLocation ? { text: d.PrimaryLocation, country: d.PrimaryLocationCountry ?? null } : null,
    ...(d.secondaryLocations ?? []).map((l) =>
      l.Name ? { text: l.Name, country: l.CountryCode ?? null } : null,
    ),
  ].filter((p): p is { text: string; country: string | null } => p !== null);
  const html = [d.ExternalDescriptionStr, d.ExternalResponsibilitiesStr, d.ExternalQualificationsStr]
    .filter(Boolean)
    .join('');
  return {
    sourceLeadId: String(d.Id),
    title: d.Title,
    company,
    locations: places,
    workplace: d.WorkplaceType ?? null,
    employmentType: d.JobSchedule ?? null,
    descriptionHtml: html || d.CorporateDescriptionStr || '',
    url: jobUrl,
    applyUrl: jobUrl,
    postedAt: d.ExternalPostedStartDate ?? null,
    closesAt: d.ExternalPostedEndDate ?? null,
    department: d.Organization ?? d.JobFamily ?? null,
  };
}

export const oracle: SourceAdapter<'oracle'> = {
  type: 'oracle',
  defaultBaseUrl: (config) => `https://${config.host}`,
  start: (config, ctx) => [searchPage(ctx.baseUrl, config.site, 0)],
  extract(page, config, ctx) {
    const data = parseJson(page);
    const company = config.name ?? config.host.split('.')[0] ?? config.host;
    const jobUrl = (id: string) =>
      `${trimSlash(ctx.baseUrl)}/hcmUI/CandidateExperience/en/sites/${encodeURIComponent(config.site)}/job/${encodeURIComponent(id)}`;
    if (page.spec.label === 'detail') {
      const parsed = details.safeParse(data);
      if (!parsed.success)
        throw new UnexpectedPageError(`Oracle requisition is malformed: ${parsed.error.issues[0]?.message}`);
      const item = parsed.data.items[0] as z.infer<typeof details>['items'][number];
      return { leads: [oracleDetailToLead(item, company, jobUrl(String(item.Id)))], next: [] };
    }
    const parsed = search.safeParse(data);
    if (!parsed.success)
      throw new UnexpectedPageError(`Oracle search is malformed: ${parsed.error.issues[0]?.message}`);
    const result = parsed.data.items[0] as z.infer<typeof search>['items'][number];
    const next: FetchSpec[] = result.requisitionList.map((r) => {
      const id = String(r.Id);
      const finder = `ByPrimaryKey;Id="${id}",siteNumber=${config.site}`;
      return {
        label: 'detail',
        url: `${api(ctx.baseUrl)}/recruitingCEJobRequisitionDetails?expand=all&onlyData=true&finder=${encodeURIComponent(finder)}`,
        entry: { key: id, fields: entryFields(r.Title, r.PrimaryLocation, r.PostedDate, r.PostingEndDate) },
      };
    });
    const offset = Number(page.spec.data?.offset ?? 0);
    const total = result.TotalJobsCount ?? 0;
    const nextOffset = offset + result.requisitionList.length;
    if (result.requisitionList.length > 0 && nextOffset < total)
      next.push(searchPage(ctx.baseUrl, config.site, nextOffset));
    return { leads: [], next };
  },
};
