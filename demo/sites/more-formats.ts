import { jsonLdJobPage } from './formats';
import type { Listing } from './listing';
import { escapeXml, isoDaysAgo, placeText, slugOf } from './listing';

/**
 * The formats of the second group of ATS platforms, written from their public documentation and
 * the captures in ../shared/data/real-sources: Recruitee's "2026-08-05 09:41:37 UTC" dates and
 * string salaries, BambooHR's string ids and empty locations, Oracle's finder envelope, UKG's
 * script-embedded posting, iCIMS's framed job pages, Personio's CDATA blocks, Teamtailor's tt:
 * namespace and Rippling's bare arrays (Workable's two formats are in workable-boards.ts).
 */

const num = (l: Listing) => Number(l.id.replace(/\D/g, '')) || 1;
const recruiteeDate = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

export function recruiteeOffer(l: Listing, company: string, base: string, now: Date) {
  const slug = slugOf(l.title);
  const careers = `${base}/o/${slug}`;
  return {
    id: 2_700_000 + num(l),
    guid: `g${l.id}`,
    slug,
    title: l.title,
    status: 'published',
    description: l.descriptionHtml,
    requirements: '',
    location: [l.city, l.region, l.country ?? 'United States'].filter(Boolean).join(', '),
    city: l.city ?? null,
    state_name: l.region ?? null,
    state_code: l.region ?? null,
    country: 'United States',
    country_code: l.country ?? 'US',
    remote: l.remote === 'remote',
    hybrid: l.remote === 'hybrid',
    on_site: l.remote === 'onsite' || !l.remote,
    employment_type_code: l.employmentType === 'part_time' ? 'parttime' : 'fulltime_permanent',
    department: l.department ?? null,
    company_name: company,
    careers_url: careers,
    careers_apply_url: `${careers}/c/new`,
    published_at: recruiteeDate(isoDaysAgo(l.postedDaysAgo, now)),
    created_at: recruiteeDate(isoDaysAgo(l.postedDaysAgo + 1, now)),
    updated_at: recruiteeDate(isoDaysAgo(l.postedDaysAgo, now)),
    close_at: l.closesInDays !== undefined ? recruiteeDate(isoDaysAgo(-l.closesInDays, now)) : null,
    // Recruitee sends salary figures as strings.
    salary: l.salary
      ? { min: String(l.salary.min), max: String(l.salary.max), period: l.salary.period, currency: 'USD' }
      : { min: null, max: null, period: null, currency: null },
    locations: l.city
      ? [
          {
            id: num(l),
            name: l.city,
            city: l.city,
            state: l.region ?? null,
            country: 'United States',
            country_code: 'US',
          },
        ]
      : [],
    translations: { en: { title: l.title, description: l.descriptionHtml, requirements: '' } },
    options_cv: 'required',
    tags: [],
  };
}

export function bamboohrListItem(l: Listing) {
  const place = l.city ? { city: l.city, state: l.region ?? null } : { city: null, state: null };
  return {
    id: String(num(l)),
    jobOpeningName: l.title,
    departmentId: '18',
    departmentLabel: l.department ?? null,
    employmentStatusLabel: l.employmentType === 'part_time' ? 'Part-Time' : 'Full-Time',
    // Remote openings leave `location` empty and fill `atsLocation` instead.
    location: l.remote === 'remote' ? { city: null, state: null } : place,
    atsLocation: { country: 'United States', state: l.region ?? null, province: null, city: l.city ?? null },
    isRemote: l.remote === 'remote' ? true : null,
    locationType: l.remote === 'remote' ? '1' : '0',
  };
}

export function bamboohrDetail(l: Listing, base: string, now: Date) {
  const item = bamboohrListItem(l);
  return {
    meta: { companyName: l.company },
    result: {
      jobOpening: {
        jobOpeningShareUrl: `${base}/careers/${item.id}`,
        jobOpeningName: l.title,
        jobOpeningStatus: 'Open',
        departmentLabel: item.departmentLabel,
        employmentStatusLabel: item.employmentStatusLabel,
        location: item.location,
        atsLocation: item.atsLocation,
        description: l.descriptionHtml,
        datePosted: isoDaysAgo(l.postedDaysAgo, now).slice(0, 10),
        minimumExperience: null,
        compensation: l.salary ? `$${l.salary.min} - $${l.salary.max}` : null,
        isRemote: item.isRemote,
        locationType: item.locationType,
      },
    },
  };
}

export function oracleRequisition(l: Listing, now: Date) {
  return {
    Id: String(100_000 + num(l)),
    Title: l.title,
    PostedDate: isoDaysAgo(l.postedDaysAgo, now).slice(0, 10),
    PostingEndDate: l.closesInDays !== undefined ? isoDaysAgo(-l.closesInDays, now).slice(0, 10) : null,
    Language: 'US',
    PrimaryLocation: l.remote === 'remote' ? 'United States' : `${placeText(l)}, United States`,
    PrimaryLocationCountry: 'US',
    GeographyId: 300_000_000 + num(l),
    HotJobFlag: false,
    WorkplaceTypeCode: l.remote === 'remote' ? 'ORA_REMOTE' : 'ORA_ONSITE',
    WorkplaceType: l.remote === 'remote' ? 'Remote' : 'On-site',
    ShortDescriptionStr: l.descriptionHtml.replace(/<[^>]+>/g, ' ').slice(0, 140),
    secondaryLocations: [],
  };
}

export function oracleDetail(l: Listing, now: Date) {
  const r = oracleRequisition(l, now);
  return {
    items: [
      {
        Id: r.Id,
        Title: r.Title,
        ExternalPostedStartDate: isoDaysAgo(l.postedDaysAgo, now).replace('Z', '+00:00'),
        ExternalPostedEndDate: r.PostingEndDate ? `${r.PostingEndDate}T23:59:00+00:00` : null,
        ExternalDescriptionStr: l.descriptionHtml,
        ExternalResponsibilitiesStr: null,
        ExternalQualificationsStr: null,
        CorporateDescriptionStr: `<p>${escapeXml(l.company)} is an equal opportunity employer.</p>`,
        PrimaryLocation: r.PrimaryLocation,
        PrimaryLocationCountry: 'US',
        JobSchedule: l.employmentType === 'part_time' ? 'Part time' : 'Full time',
        WorkplaceType: r.WorkplaceType,
        Organization: l.department ?? null,
        JobFamily: null,
        secondaryLocations: [],
      },
    ],
    count: 1,
    hasMore: false,
    limit: 25,
    offset: 0,
  };
}

export function ukgOpportunity(l: Listing, now: Date) {
  return {
    Id: `${'0'.repeat(8)}-0000-4000-8000-${String(num(l)).padStart(12, '0')}`,
    Title: l.title,
    RequisitionNumber: `REQU${l.id}`,
    JobCategoryName: l.department ?? null,
    FullTime: l.employmentType !== 'part_time',
    PostedDate: isoDaysAgo(l.postedDaysAgo, now),
    BriefDescription: l.descriptionHtml.replace(/<[^>]+>/g, ' ').slice(0, 200),
    Featured: false,
    Locations: [
      {
        LocalizedDescription: l.remote === 'remote' ? 'Remote' : `${l.city}, ${l.region}`,
        Address: {
          City: l.city ?? null,
          State: l.region ? { Code: l.region, Name: l.region } : null,
          Country: { Code: 'USA', Name: 'United States' },
          PostalCode: null,
        },
      },
    ],
  };
}

export function ukgDetailPage(l: Listing, now: Date): string {
  const posting = { ...ukgOpportunity(l, now), Description: l.descriptionHtml, JobLocationType: 1 };
  const json = JSON.stringify(posting).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html><head><title>${escapeXml(l.title)}</title></head><body><div id="root"></div>
<script type="text/javascript">
  $(function () {
    var opportunity = new US.Opportunity.CandidateOpportunityDetail(${json});
    ko.applyBindings(opportunity, document.getElementById('root'));
  });
</script></body></html>`;
}

export const icimsJobPath = (l: Listing) => `/jobs/${5000 + num(l)}/${slugOf(l.title)}/job`;

export function icimsSitemap(listings: Listing[], base: string, now: Date): string {
  const urls = listings
    .map(
      (l) =>
        `<url><loc>${base}${icimsJobPath(l)}</loc><lastmod>${isoDaysAgo(l.postedDaysAgo, now).slice(0, 10)}</lastmod></url>`,
    )
    .join('');
  // iCIMS sitemaps also list the search pages, which are not jobs.
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/jobs/search?ss=1</loc></url>${urls}</urlset>`;
}

export function icimsJobPage(l: Listing, url: string, framed: boolean, now: Date): string {
  if (!framed)
    return `<!doctype html><html><body><iframe id="icims_content_iframe" src="${url}?in_iframe=1"></iframe></body></html>`;
  return jsonLdJobPage(l, url, now);
}

export function personioFeed(listings: Listing[], company: string, now: Date): string {
  const positions = listings
    .map(
      (l) => `<position>
    <id>${1_000_000 + num(l)}</id>
    <subcompany>${escapeXml(company)}</subcompany>
    <office>${escapeXml(l.remote === 'remote' ? 'Remote' : (l.city ?? 'Remote'))}</office>
    ${l.remote === 'hybrid' ? `<additionalOffices><office>${escapeXml(`${l.city} (Remote)`)}</office></additionalOffices>` : ''}
    <department>${escapeXml(l.department ?? '')}</department>
    <recruitingCategory>${escapeXml(l.department ?? 'General')}</recruitingCategory>
    <name>${escapeXml(l.title)}</name>
    <jobDescriptions>
      <jobDescription><name>Your role</name><value><![CDATA[${l.descriptionHtml}]]></value></jobDescription>
    </jobDescriptions>
    <employmentType>permanent</employmentType>
    <seniority>experienced</seniority>
    <schedule>${l.employmentType === 'part_time' ? 'part-time' : 'full-time'}</schedule>
    <yearsOfExperience>2-5</yearsOfExperience>
    <keywords>investigations,compliance</keywords>
    <occupation>security</occupation>
    <occupationCategory>security_protection</occupationCategory>
    <createdAt>${isoDaysAgo(l.postedDaysAgo, now).replace('.000Z', '+00:00')}</createdAt>
  </position>`,
    )
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>\n  ${positions}\n</workzag-jobs>`;
}

export function teamtailorFeed(listings: Listing[], company: string, base: string, now: Date): string {
  const items = listings
    .map((l) => {
      const link = `${base}/jobs/${3_000_000 + num(l)}-${slugOf(l.title)}`;
      const remote = l.remote === 'remote' ? 'fully' : l.remote === 'hybrid' ? 'hybrid' : 'none';
      return `<item>
      <title>${escapeXml(l.title)}</title>
      <description>${escapeXml(l.descriptionHtml)}</description>
      <pubDate>${new Date(now.getTime() - l.postedDaysAgo * 86_400_000).toUTCString()}</pubDate>
      <link>${link}</link>
      <guid isPermaLink="false">${3_000_000 + num(l)}</guid>
      <remoteStatus>${remote}</remoteStatus>
      <tt:department>${escapeXml(l.department ?? '')}</tt:department>
      <tt:locations>${
        l.city
          ? `<tt:location><tt:name>${escapeXml(l.city)}</tt:name><tt:city>${escapeXml(l.city)}</tt:city><tt:country>United States</tt:country></tt:location>`
          : ''
      }</tt:locations>
    </item>`;
    })
    .join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:tt="https://teamtailor.com/locations">
  <channel>
    <title>${escapeXml(company)}</title>
    <link>${base}</link>
    <description>Jobs at ${escapeXml(company)}</description>
    ${items}
  </channel>
</rss>`;
}

const ripplingUuid = (l: Listing) => `0000${String(num(l)).padStart(4, '0')}-1111-4222-8333-444455556666`;

export function ripplingListItem(l: Listing, board: string, publicBase: string) {
  return {
    uuid: ripplingUuid(l),
    name: l.title,
    department: { id: `d${l.department?.length ?? 0}`, label: l.department ?? 'General' },
    url: `${publicBase}/${board}/jobs/${ripplingUuid(l)}`,
    workLocation: {
      id: `w${num(l)}`,
      label: l.remote === 'remote' ? 'Remote (United States)' : placeText(l),
    },
  };
}

export function ripplingDetail(l: Listing, board: string, publicBase: string, now: Date) {
  const item = ripplingListItem(l, board, publicBase);
  return {
    uuid: item.uuid,
    name: l.title,
    url: item.url,
    companyName: l.company,
    description: { company: `<p>About ${escapeXml(l.company)}.</p>`, role: l.descriptionHtml },
    workLocations: [item.workLocation.label],
    department: { name: item.department.label },
    employmentType: { label: l.employmentType === 'part_time' ? 'Part-time' : 'Salaried, full-time' },
    createdOn: isoDaysAgo(l.postedDaysAgo, now),
  };
}
