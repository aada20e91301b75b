import type { Cheerio } from 'cheerio';
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { trimSlash, UnexpectedPageError } from '../source-adapter';

/** NEOGOV's RSS namespace prefix; cheerio's XML mode keeps prefixed names as they are. */
const text = (item: Cheerio<AnyNode>, name: string): string | null => {
  const value = item.find(name.replace(':', '\\:')).first().text().trim();
  return value || null;
};

export function parseNeogovFeed(
  xml: string,
  fallbackCompany: string,
): { leads: RawLeadInput[]; skipped: string[] } {
  const $ = load(xml, { xml: true });
  if ($('rss, channel').length === 0) throw new UnexpectedPageError('NEOGOV feed is not RSS');
  const agency = $('channel > title').first().text().trim() || fallbackCompany;
  const leads: RawLeadInput[] = [];
  const skipped: string[] = [];
  $('item').each((_, element) => {
    const item = $(element);
    const section = (title: string, name: string) => {
      const html = text(item, name);
      return html ? `<h3>${title}</h3>${html}` : '';
    };
    const link = text(item, 'link') ?? text(item, 'guid');
    const state = text(item, 'joblisting:state');
    const location = text(item, 'joblisting:location');
    const candidate = {
      sourceLeadId: text(item, 'joblisting:jobId') ?? link ?? '',
      title: text(item, 'title') ?? '',
      company: agency,
      locations: location || state ? [{ text: [location, state].filter(Boolean).join(', ') }] : [],
      employmentType: text(item, 'joblisting:jobType'),
      salary: {
        min: Number(text(item, 'joblisting:minimumSalary')) || null,
        max: Number(text(item, 'joblisting:maximumSalary')) || null,
        currency: text(item, 'joblisting:salaryCurrency'),
        period: text(item, 'joblisting:salaryInterval'),
      },
      descriptionHtml: [
        text(item, 'description') ?? '',
        section('Examples of duties', 'joblisting:examplesofduties'),
        section('Qualifications', 'joblisting:qualifications'),
        section('Supplemental information', 'joblisting:supplementalinformation'),
      ].join(''),
      url: link ?? '',
      applyUrl: link,
      postedAt: text(item, 'pubDate') ?? text(item, 'joblisting:advertiseFromDateUTC'),
      // "Continuous" postings have no close date; the date parser reads that word as null.
      closesAt:
        text(item, 'joblisting:advertiseToDateTimeUTC') ?? text(item, 'joblisting:advertiseToDateTime'),
      department: text(item, 'joblisting:department'),
    };
    const parsed = rawLeadSchema.safeParse(candidate);
    if (parsed.success) leads.push(candidate);
    else
      skipped.push(
        `item "${candidate.title || '?'}": ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
      );
  });
  return { leads, skipped };
}

export const neogov: SourceAdapter<'neogov'> = {
  type: 'neogov',
  defaultBaseUrl: () => 'https://www.governmentjobs.com',
  start: (config, ctx) => [
    {
      label: 'feed',
      url:
        config.url ??
        `${trimSlash(ctx.baseUrl)}/SearchEngine/JobsFeed?agency=${encodeURIComponent(config.agency ?? '')}`,
    },
  ],
  extract(page, config) {
    const { leads, skipped } = parseNeogovFeed(page.body, config.name ?? config.agency ?? 'Public agency');
    return { leads, next: [], skipped };
  },
};
