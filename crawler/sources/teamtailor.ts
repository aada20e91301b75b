import { load } from 'cheerio';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { trimSlash, UnexpectedPageError } from '../source-adapter';

// Teamtailor career sites publish every open job at https://{company}.teamtailor.com/jobs.rss:
// RSS 2.0 whose items carry the job page link, an HTML description, pubDate (RFC 822) and, in the
// `tt:` namespace, the department and one <tt:location> per place (name, city, country), plus
// <remoteStatus> (none, hybrid, temporary, fully).
export function parseTeamtailorFeed(
  xml: string,
  company: string,
): { leads: RawLeadInput[]; skipped: string[] } {
  const $ = load(xml, { xml: true });
  if ($('rss > channel').length === 0) throw new UnexpectedPageError('Teamtailor feed is not RSS');
  const leads: RawLeadInput[] = [];
  const skipped: string[] = [];
  $('channel > item').each((_, element) => {
    const item = $(element);
    const get = (name: string) => item.find(name.replace(':', '\\:')).first().text().trim() || null;
    const link = get('link');
    const title = get('title');
    if (!link || !title) {
      skipped.push(`an item without ${link ? 'a title' : 'a link'}`);
      return;
    }
    const places = item
      .find('tt\\:location')
      .map((_, l) => {
        const loc = $(l);
        const part = (n: string) => loc.find(`tt\\:${n}`).first().text().trim() || null;
        return { text: part('name') ?? undefined, city: part('city'), country: part('country') };
      })
      .get();
    const remote = get('remoteStatus');
    leads.push({
      sourceLeadId: get('guid') ?? link,
      title,
      company,
      locations: places,
      workplace:
        remote === 'fully' ? 'remote' : remote === 'hybrid' ? 'hybrid' : remote === 'none' ? 'onsite' : null,
      descriptionHtml: get('description') ?? '',
      url: link,
      applyUrl: link,
      postedAt: get('pubDate'),
      department: get('tt:department'),
    });
  });
  return { leads, skipped };
}

export const teamtailor: SourceAdapter<'teamtailor'> = {
  type: 'teamtailor',
  defaultBaseUrl: (config) => `https://${config.company}.teamtailor.com`,
  start: (_config, ctx) => [{ label: 'feed', url: `${trimSlash(ctx.baseUrl)}/jobs.rss` }],
  extract(page, config) {
    const channel = load(page.body, { xml: true })('rss > channel > title').first().text().trim();
    const { leads, skipped } = parseTeamtailorFeed(page.body, config.name ?? (channel || config.company));
    return { leads, next: [], skipped };
  },
};
