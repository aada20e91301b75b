import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { entryFields, parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// UKG Pro (UltiPro) Recruiting job boards: the board page POSTs an opportunitySearch to
// /{tenant}/JobBoard/{boardId}/JobBoardView/LoadSearchResults and gets { opportunities, totalCount };
// each opportunity's page, /{tenant}/JobBoard/{boardId}/OpportunityDetail?opportunityId={Id}, is
// HTML whose script hands the full posting to the page as a JSON object literal.
export const UKG_PAGE_SIZE = 50;

const text = z.string().nullable().optional();
const location = z.object({
  LocalizedDescription: text,
  Address: z
    .object({
      City: text,
      State: z.object({ Code: text, Name: text }).nullable().optional(),
      Country: z.object({ Code: text, Name: text }).nullable().optional(),
    })
    .nullable()
    .optional(),
});
const opportunity = z.object({
  Id: z.string(),
  Title: z.string(),
  RequisitionNumber: text,
  JobCategoryName: text,
  FullTime: z.boolean().nullable().optional(),
  PostedDate: text,
  Locations: z.array(location).nullable().optional(),
});
const results = z.object({ opportunities: z.array(opportunity), totalCount: z.number() });
const detail = opportunity.extend({
  Description: text,
  JobLocationType: z.union([z.number(), z.string()]).nullable().optional(),
});

const placeOf = (l: z.infer<typeof location>) => ({
  text: l.LocalizedDescription ?? undefined,
  city: l.Address?.City ?? null,
  region: l.Address?.State?.Code ?? l.Address?.State?.Name ?? null,
  country: l.Address?.Country?.Code ?? l.Address?.Country?.Name ?? null,
});

/** The posting object the detail page's script passes to CandidateOpportunityDetail(...). */
export function opportunityFromPage(html: string): unknown {
  const at = html.indexOf('CandidateOpportunityDetail(');
  if (at < 0) return null;
  const start = html.indexOf('{', at);
  let depth = 0;
  let inString = false;
  for (let i = start; i >= 0 && i < html.length; i++) {
    const c = html[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        return JSON.parse(html.slice(start, i + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}

function searchPage(board: string, skip: number): FetchSpec {
  const url = `${board}/JobBoardView/LoadSearchResults`;
  return {
    label: 'list',
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
    body: JSON.stringify({
      opportunitySearch: {
        Top: UKG_PAGE_SIZE,
        Skip: skip,
        QueryString: '',
        OrderBy: [{ Value: 'postedDateDesc', PropertyName: 'PostedDate', Ascending: false }],
        Filters: [],
      },
      matchCriteria: { PreferredJobs: [], Educations: [], LicenseAndCertifications: [], Skills: [] },
    }),
    uniqueKey: `POST ${url} skip=${skip}`,
    data: { skip },
  };
}

export function ukgDetailToLead(d: z.infer<typeof detail>, company: string, url: string): RawLeadInput {
  return {
    sourceLeadId: d.Id,
    title: d.Title,
    company,
    locations: (d.Locations ?? []).map(placeOf),
    employmentType: d.FullTime === true ? 'full_time' : d.FullTime === false ? 'part_time' : null,
    descriptionHtml: d.Description ?? '',
    url,
    applyUrl: url,
    postedAt: d.PostedDate ?? null,
    department: d.JobCategoryName ?? null,
  };
}

export const ukg: SourceAdapter<'ukg'> = {
  type: 'ukg',
  defaultBaseUrl: () => 'https://recruiting.ultipro.com',
  start: (config, ctx) => [searchPage(boardUrl(ctx.baseUrl, config), 0)],
  extract(page, config, ctx) {
    const company = config.name ?? config.tenant;
    const board = boardUrl(ctx.baseUrl, config);
    if (page.spec.label === 'detail') {
      const parsed = detail.safeParse(opportunityFromPage(page.body));
      if (!parsed.success)
        throw new UnexpectedPageError(
          `UKG opportunity page has no readable posting: ${parsed.error.issues[0]?.message}`,
        );
      return { leads: [ukgDetailToLead(parsed.data, company, page.spec.url)], next: [] };
    }
    const parsed = results.safeParse(parseJson(page));
    if (!parsed.success)
      throw new UnexpectedPageError(`UKG search results are malformed: ${parsed.error.issues[0]?.message}`);
    const next: FetchSpec[] = parsed.data.opportunities.map((o) => ({
      label: 'detail',
      url: `${board}/OpportunityDetail?opportunityId=${encodeURIComponent(o.Id)}`,
      entry: {
        key: o.Id,
        fields: entryFields(o.Title, JSON.stringify((o.Locations ?? []).map(placeOf)), o.PostedDate),
      },
    }));
    const skip = Number(page.spec.data?.skip ?? 0) + parsed.data.opportunities.length;
    if (parsed.data.opportunities.length > 0 && skip < parsed.data.totalCount)
      next.push(searchPage(board, skip));
    return { leads: [], next };
  },
};

function boardUrl(base: string, config: { tenant: string; boardId: string }): string {
  return `${trimSlash(base)}/${encodeURIComponent(config.tenant)}/JobBoard/${encodeURIComponent(config.boardId)}`;
}
