import type { Listing } from './listing';
import { escapeXml, isoDaysAgo, placeText, slugOf } from './listing';

/**
 * Each ATS's public format, written from its API documentation: field names, types and quirks
 * (Greenhouse's entity-escaped content, Lever's epoch-ms createdAt, Workday's relative postedOn and
 * country-first locationsText, USAJOBS string salaries, NEOGOV's odd timestamps).
 */

export function greenhouseJob(l: Listing, board: string, base: string, now: Date) {
  return {
    id: Number(l.id.replace(/\D/g, '')) || 4000000 + l.id.length,
    internal_job_id: 1000 + Number(l.id.replace(/\D/g, '') || 0),
    title: `${l.title} `,
    updated_at: isoDaysAgo(l.postedDaysAgo, now).replace('Z', '-04:00').replace('.000', ''),
    requisition_id: `REQ-${l.id}`,
    location: { name: l.remote === 'remote' ? `Remote - ${l.country ?? 'US'}` : placeText(l) },
    absolute_url: `${base}/${board}/jobs/${l.id}?gh_src=offramp`,
    language: 'en',
    metadata: l.employmentType
      ? [
          {
            id: 1,
            name: 'Employment Type',
            value: l.employmentType === 'full_time' ? 'Full-time' : 'Part-time',
            value_type: 'single_select',
          },
        ]
      : null,
    content: escapeXml(l.descriptionHtml),
    departments: l.department ? [{ id: 7, name: l.department, child_ids: [], parent_id: null }] : [],
    offices: [{ id: 9, name: l.city ?? 'Remote', location: placeText(l), child_ids: [], parent_id: null }],
    first_published: isoDaysAgo(l.postedDaysAgo, now),
    company_name: l.company,
    ...(l.salary && l.salary.period === 'year'
      ? {
          pay_input_ranges: [
            {
              min_cents: l.salary.min * 100,
              max_cents: l.salary.max * 100,
              currency_type: l.salary.currency ?? 'USD',
              title: 'Base pay',
              blurb: '',
            },
          ],
        }
      : {}),
  };
}

export function leverPosting(l: Listing, site: string, base: string, now: Date) {
  return {
    id: `${slugOf(l.company)}-${l.id}`,
    text: l.title,
    categories: {
      commitment:
        l.employmentType === 'part_time'
          ? 'Part-time'
          : l.employmentType === 'contract'
            ? 'Contract'
            : 'Full-time',
      department: l.department ?? 'Operations',
      location: placeText(l),
      team: l.department ?? 'Operations',
      allLocations: [placeText(l)],
    },
    country: l.country ?? 'US',
    createdAt: Date.parse(isoDaysAgo(l.postedDaysAgo, now)),
    description: l.descriptionHtml,
    descriptionPlain: l.descriptionHtml.replace(/<[^>]+>/g, ' '),
    lists: [],
    additional: '<div>We are an equal opportunity employer.</div>',
    hostedUrl: `${base}/${site}/${slugOf(l.company)}-${l.id}`,
    applyUrl: `${base}/${site}/${slugOf(l.company)}-${l.id}/apply`,
    workplaceType: l.remote ?? 'unspecified',
    ...(l.salary
      ? {
          salaryRange: {
            min: l.salary.min,
            max: l.salary.max,
            currency: l.salary.currency ?? 'USD',
            interval: l.salary.period === 'hour' ? 'per-hour-wage' : 'per-year-salary',
          },
        }
      : {}),
  };
}

export function ashbyJob(l: Listing, board: string, base: string, now: Date) {
  return {
    id: `${`0000${l.id}`.slice(-8).padStart(8, '0')}-aaaa-4bbb-8ccc-${`${l.id}`.padStart(12, '0').slice(-12)}`,
    title: l.title,
    department: l.department ?? 'Operations',
    team: l.department ?? 'Operations',
    employmentType:
      l.employmentType === 'part_time'
        ? 'PartTime'
        : l.employmentType === 'contract'
          ? 'Contract'
          : 'FullTime',
    location: l.remote === 'remote' && !l.city ? 'Remote' : placeText(l),
    secondaryLocations: [],
    publishedAt: isoDaysAgo(l.postedDaysAgo, now).replace('Z', '+00:00'),
    isListed: true,
    isRemote: l.remote === 'remote',
    workplaceType: l.remote === 'remote' ? 'Remote' : l.remote === 'hybrid' ? 'Hybrid' : 'OnSite',
    address: {
      postalAddress: {
        addressLocality: l.city ?? '',
        addressRegion: l.region ?? '',
        addressCountry: l.country === 'US' || !l.country ? 'United States' : l.country,
      },
    },
    jobUrl: `${base}/${board}/${l.id}`,
    applyUrl: `${base}/${board}/${l.id}/application`,
    descriptionHtml: l.descriptionHtml,
    descriptionPlain: l.descriptionHtml.replace(/<[^>]+>/g, ' '),
    compensation: l.salary
      ? {
          compensationTierSummary: `$${l.salary.min} – $${l.salary.max}`,
          scrapeableCompensationSalarySummary: `$${l.salary.min} - $${l.salary.max}`,
          compensationTiers: [],
          summaryComponents: [
            {
              id: 'c1',
              summary: 'Salary',
              compensationType: 'Salary',
              interval: l.salary.period === 'hour' ? '1 HOUR' : '1 YEAR',
              currencyCode: l.salary.currency ?? 'USD',
              minValue: l.salary.min,
              maxValue: l.salary.max,
            },
          ],
        }
      : {
          compensationTierSummary: null,
          scrapeableCompensationSalarySummary: null,
          compensationTiers: [],
          summaryComponents: [],
        },
  };
}

export function smartRecruitersListItem(l: Listing, company: string, base: string, now: Date) {
  return {
    id: `7440${l.id.replace(/\D/g, '').padStart(8, '0')}`,
    name: l.title,
    uuid: `sr-${l.id}`,
    refNumber: `REF${l.id}`,
    company: { identifier: company, name: l.company },
    releasedDate: isoDaysAgo(l.postedDaysAgo, now),
    location: {
      city: l.city ?? '',
      region: l.region ?? '',
      country: (l.country ?? 'us').toLowerCase(),
      remote: l.remote === 'remote',
      hybrid: l.remote === 'hybrid',
      latitude: '38.9',
      longitude: '-77.0',
      fullLocation: placeText(l),
    },
    industry: { id: 'security', label: 'Security' },
    department: l.department ? { id: slugOf(l.department), label: l.department } : {},
    function: { id: 'other', label: 'Other' },
    typeOfEmployment: {
      id: 'permanent',
      label: l.employmentType === 'part_time' ? 'Part-time' : 'Full-time',
    },
    experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
    customField: [],
    ref: `${base}/v1/companies/${company}/postings/7440${l.id.replace(/\D/g, '').padStart(8, '0')}`,
    creator: { name: 'Recruiting Team' },
    language: { code: 'en', label: 'English', labelNative: 'English (US)' },
  };
}

export function smartRecruitersDetail(l: Listing, company: string, base: string, now: Date) {
  const item = smartRecruitersListItem(l, company, base, now);
  return {
    ...item,
    jobAd: {
      sections: {
        companyDescription: {
          title: 'Company Description',
          text: `<p>${escapeXml(l.company)} is hiring.</p>`,
        },
        jobDescription: { title: 'Job Description', text: l.descriptionHtml },
        qualifications: { title: 'Qualifications', text: '<ul><li>Clear written communication</li></ul>' },
        additionalInformation: {
          title: 'Additional Information',
          text: '<p>All your information will be kept confidential.</p>',
        },
      },
    },
    ...(l.salary
      ? {
          compensation: {
            min: l.salary.min,
            max: l.salary.max,
            currency: l.salary.currency ?? 'USD',
            period: l.salary.period === 'hour' ? 'HOURLY' : 'ANNUALLY',
          },
        }
      : {}),
    postingUrl: `${base}/${company}/${item.id}-${slugOf(l.title)}`,
    applyUrl: `${base}/${company}/${item.id}-${slugOf(l.title)}?oga=true`,
    active: true,
    visibility: 'PUBLIC',
  };
}

function workdayPostedOn(days: number): string {
  if (days === 0) return 'Posted Today';
  if (days === 1) return 'Posted Yesterday';
  if (days >= 30) return 'Posted 30+ Days Ago';
  return `Posted ${days} Days Ago`;
}

export function workdayLocationsText(l: Listing): string {
  return l.remote === 'remote' && !l.city
    ? `${l.country ?? 'US'}, Remote`
    : `${l.country ?? 'US'}, ${l.region ?? ''}, ${l.city ?? ''}`;
}

export function workdayPath(l: Listing): string {
  return `/job/${workdayLocationsText(l).replace(/[ ,]+/g, '-')}/${slugOf(l.title).replace(/-/g, '-')}_R${l.id}`;
}

export function workdayListItem(l: Listing) {
  return {
    title: l.title,
    externalPath: workdayPath(l),
    locationsText: workdayLocationsText(l),
    postedOn: workdayPostedOn(l.postedDaysAgo),
    bulletFields: [`R${l.id}`],
  };
}

export function workdayDetail(l: Listing, _tenant: string, site: string, publicBase: string, now: Date) {
  return {
    jobPostingInfo: {
      id: `wd${l.id}`,
      title: l.title,
      jobDescription: l.descriptionHtml,
      location: workdayLocationsText(l),
      additionalLocations: [],
      postedOn: workdayPostedOn(l.postedDaysAgo),
      // Some tenants publish startDate and some do not; odd ids leave it out, as the real feeds vary.
      ...(Number(l.id.replace(/\D/g, '')) % 2 === 0
        ? { startDate: isoDaysAgo(l.postedDaysAgo, now).slice(0, 10) }
        : {}),
      timeType: l.employmentType === 'part_time' ? 'Part time' : 'Full time',
      jobReqId: `R${l.id}`,
      jobPostingId: `${slugOf(l.title)}_R${l.id}`,
      jobPostingSiteId: site,
      country: { descriptor: 'United States of America', id: 'bc33aa3152ec42d4995f4791a106ed09' },
      canApply: true,
      posted: true,
      includeResumeParsing: true,
      externalUrl: `${publicBase}/${site}${workdayPath(l)}`,
      ...(l.remote === 'remote' ? { remoteType: 'Remote' } : {}),
    },
    hiringOrganization: { name: l.company, url: '' },
    userAuthenticated: false,
  };
}

export function usajobsItem(l: Listing, now: Date) {
  const stateNames: Record<string, string> = {
    TX: 'Texas',
    AZ: 'Arizona',
    CA: 'California',
    DC: 'District of Columbia',
    VA: 'Virginia',
    MD: 'Maryland',
    FL: 'Florida',
    NY: 'New York',
    GA: 'Georgia',
    IL: 'Illinois',
    WA: 'Washington',
    CO: 'Colorado',
    NM: 'New Mexico',
  };
  const state = stateNames[l.region ?? ''] ?? l.region ?? '';
  return {
    MatchedObjectId: l.id,
    MatchedObjectDescriptor: {
      PositionID: `OFR-${l.id}`,
      PositionTitle: l.title.toUpperCase(),
      PositionURI: `https://www.usajobs.gov:443/GetJob/ViewDetails/${l.id}`,
      ApplyURI: [`https://www.usajobs.gov:443/GetJob/ViewDetails/${l.id}?PostingChannelID=`],
      PositionLocationDisplay: `${l.city}, ${state}`,
      PositionLocation: [
        {
          LocationName: `${l.city}, ${state}`,
          CountryCode: 'United States',
          CountrySubDivisionCode: state,
          CityName: `${l.city}, ${state}`,
          Longitude: -97.1,
          Latitude: 31.5,
        },
      ],
      OrganizationName: l.company,
      DepartmentName: l.department ?? 'Department of the Interior',
      JobCategory: [{ Name: 'Miscellaneous Administration and Program', Code: '0301' }],
      JobGrade: [{ Code: 'GS' }],
      PositionSchedule: [{ Name: l.employmentType === 'part_time' ? 'Part-time' : 'Full-time', Code: '1' }],
      PositionOfferingType: [{ Name: 'Permanent', Code: '15317' }],
      QualificationSummary:
        'Specialized experience equivalent to the next lower grade, such as conducting inquiries and preparing written reports.',
      // Older responses say "Per Year"; newer ones use codes such as "PA". Alternate to exercise both.
      PositionRemuneration: [
        {
          MinimumRange: `${l.salary?.min ?? 60000}.0`,
          MaximumRange: `${l.salary?.max ?? 90000}.0`,
          RateIntervalCode: Number(l.id) % 2 === 0 ? 'Per Year' : 'PA',
          Description: 'Per Year',
        },
      ],
      PositionStartDate: isoDaysAgo(l.postedDaysAgo, now)
        .replace('Z', '')
        .replace(/\.(\d{3})$/, '.$10'),
      PositionEndDate: isoDaysAgo(-(l.closesInDays ?? 30), now)
        .replace('Z', '')
        .replace(/\.(\d{3})$/, '.$10'),
      PublicationStartDate: isoDaysAgo(l.postedDaysAgo, now)
        .replace('Z', '')
        .replace(/\.(\d{3})$/, '.$10'),
      ApplicationCloseDate: isoDaysAgo(-(l.closesInDays ?? 30), now)
        .replace('Z', '')
        .replace(/\.(\d{3})$/, '.$10'),
      PositionFormattedDescription: [
        { Label: 'Dynamic Teaser', LabelDescription: 'Hit highlighting for keyword searches.' },
      ],
      UserArea: {
        Details: {
          JobSummary: l.descriptionHtml
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
          WhoMayApply: { Name: '', Code: '' },
          LowGrade: '9',
          HighGrade: '12',
          MajorDuties: [
            'Plans and conducts reviews of program operations.',
            'Prepares written reports of findings and recommendations.',
          ],
          TeleworkEligible: l.remote !== 'onsite',
          RemoteIndicator: l.remote === 'remote',
        },
        IsRadialSearch: false,
      },
    },
    RelevanceRank: 0,
  };
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function rfc822(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${RFC822_DAYS[date.getUTCDay()]}, ${p(date.getUTCDate())} ${RFC822_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} GMT`;
}

export function neogovFeed(
  listings: Listing[],
  agencyName: string,
  agency: string,
  base: string,
  now: Date,
): string {
  const items = listings.map((l) => {
    const posted = new Date(Date.parse(isoDaysAgo(l.postedDaysAgo, now)));
    const closes =
      l.closesInDays === undefined ? null : new Date(Date.parse(isoDaysAgo(-l.closesInDays, now)));
    const link = `${base}/careers/${agency}/jobs/${l.id}/${slugOf(l.title)}`;
    return `    <item>
      <guid isPermaLink="true">${link}</guid>
      <link>${link}</link>
      <title>${escapeXml(l.title)}</title>
      <description>${escapeXml(l.descriptionHtml)}</description>
      <pubDate>${rfc822(posted)}</pubDate>
      <joblisting:jobId>${l.id}</joblisting:jobId>
      <joblisting:advertiseFromDateUTC>${rfc822(posted).replace(/ \d{2}:\d{2}:\d{2} GMT$/, ' 05:00:00:0')}</joblisting:advertiseFromDateUTC>
      <joblisting:advertiseToDateTimeUTC>${closes ? rfc822(closes).replace(/ GMT$/, ':0') : 'Continuous'}</joblisting:advertiseToDateTimeUTC>
      <joblisting:minimumSalary>${l.salary?.min ?? ''}</joblisting:minimumSalary>
      <joblisting:maximumSalary>${l.salary?.max ?? ''}</joblisting:maximumSalary>
      <joblisting:salaryCurrency>USD</joblisting:salaryCurrency>
      <joblisting:salaryInterval>${l.salary?.period === 'hour' ? 'Hour' : 'Year'}</joblisting:salaryInterval>
      <joblisting:jobType>${l.employmentType === 'part_time' ? 'Part Time' : 'Full Time'}</joblisting:jobType>
      <joblisting:location>${escapeXml(l.city ?? 'Remote')}</joblisting:location>
      <joblisting:state>${escapeXml(l.region ?? '')}</joblisting:state>
      <joblisting:department>${escapeXml(l.department ?? '')}</joblisting:department>
      <joblisting:examplesofduties>${escapeXml('<ul><li>Prepares accurate written reports.</li></ul>')}</joblisting:examplesofduties>
      <joblisting:categories>
        <joblisting:category>${escapeXml(l.department ?? 'Public Safety')}</joblisting:category>
      </joblisting:categories>
    </item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:joblisting="http://www.neogov.com/namespaces/JobListing" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(agencyName)}</title>
    <link>${base}/careers/${agency}</link>
    <description>Latest Employment Information</description>
${items.join('\n')}
  </channel>
</rss>
`;
}

export function jsonLdJobPage(
  l: Listing,
  pageUrl: string,
  now: Date,
  wrap: 'plain' | 'graph' = 'plain',
): string {
  const posting = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: l.title,
    description: escapeXml(l.descriptionHtml),
    identifier: { '@type': 'PropertyValue', name: l.company, value: l.id },
    datePosted: isoDaysAgo(l.postedDaysAgo, now).slice(0, 10),
    ...(l.closesInDays !== undefined ? { validThrough: isoDaysAgo(-l.closesInDays, now) } : {}),
    employmentType: l.employmentType === 'part_time' ? ['PART_TIME'] : ['FULL_TIME'],
    hiringOrganization: { '@type': 'Organization', name: l.company, sameAs: new URL(pageUrl).origin },
    ...(l.remote === 'remote'
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: [{ '@type': 'Country', name: 'USA' }],
        }
      : {
          jobLocation: [
            {
              '@type': 'Place',
              address: {
                '@type': 'PostalAddress',
                addressLocality: l.city,
                addressRegion: l.region,
                addressCountry: l.country ?? 'US',
              },
            },
          ],
        }),
    ...(l.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: l.salary.currency ?? 'USD',
            value: {
              '@type': 'QuantitativeValue',
              minValue: l.salary.min,
              maxValue: l.salary.max,
              unitText: l.salary.period === 'hour' ? 'HOUR' : 'YEAR',
            },
          },
        }
      : {}),
    url: pageUrl,
  };
  const block =
    wrap === 'graph'
      ? { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', url: pageUrl }, posting] }
      : posting;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(l.title)} – ${escapeXml(l.company)}</title>
<script type="application/ld+json">${JSON.stringify(block).replace(/</g, '\\u003c')}</script></head>
<body><header><a href="/careers">All jobs</a></header><main><h1>${escapeXml(l.title)}</h1>${l.descriptionHtml}<p><a href="/careers/apply/${l.id}">Apply</a></p></main></body></html>`;
}
