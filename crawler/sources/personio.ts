import { load } from 'cheerio';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { trimSlash, UnexpectedPageError } from '../source-adapter';

// Personio's public positions feed (developer.personio.de, "Retrieving open positions"):
// GET https://{company}.jobs.personio.com/xml answers <workzag-jobs> with one <position> per
// published job and every description block as CDATA HTML. No paging: the whole board in one
// document. `language=en` asks for English where the employer wrote it; job pages live at /job/{id}.
export function parsePersonioFeed(
  xml: string,
  company: string,
  base: string,
): { leads: RawLeadInput[]; skipped: string[] } {
  const $ = load(xml, { xml: true });
  if ($('workzag-jobs').length === 0) throw new UnexpectedPageError('Personio feed has no <workzag-jobs>');
  const leads: RawLeadInput[] = [];
  const skipped: string[] = [];
  $('workzag-jobs > position').each((_, element) => {
    const p = $(element);
    const get = (name: string) => p.children(name).first().text().trim() || null;
    const id = get('id');
    const title = get('name');
    if (!id || !title) {
      skipped.push(`a position without ${id ? 'a name' : 'an id'}`);
      return;
    }
    const offices = [
      get('office'),
      ...p
        .find('additionalOffices > office')
        .map((_, o) => $(o).text().trim())
        .get(),
    ].filter((o): o is string => Boolean(o));
    const blocks = p
      .find('jobDescriptions > jobDescription')
      .map((_, d) => {
        const heading = $(d).children('name').text().trim();
        const html = $(d).children('value').text().trim();
        return html ? `${heading ? `<h3>${heading}</h3>` : ''}${html}` : '';
      })
      .get()
      .join('');
    const schedule = get('schedule');
    const employment = get('employmentType');
    const url = `${base}/job/${encodeURIComponent(id)}`;
    leads.push({
      sourceLeadId: id,
      title,
      company: get('subcompany') ?? company,
      locations: [...new Set(offices)].map((text) => ({ text })),
      workplace: offices.some((o) => /remote/i.test(o)) ? 'remote' : null,
      employmentType: [
        schedule,
        employment === 'intern' ? 'internship' : employment === 'freelance' ? 'contract' : null,
      ].filter((t): t is string => Boolean(t)),
      descriptionHtml: blocks,
      url,
      applyUrl: url,
      postedAt: get('createdAt'),
      department: get('department'),
    });
  });
  return { leads, skipped };
}

export const personio: SourceAdapter<'personio'> = {
  type: 'personio',
  defaultBaseUrl: (config) => `https://${config.company}.jobs.personio.com`,
  start: (_config, ctx) => [{ label: 'feed', url: `${trimSlash(ctx.baseUrl)}/xml?language=en` }],
  extract(page, config, ctx) {
    const { leads, skipped } = parsePersonioFeed(
      page.body,
      config.name ?? config.company,
      trimSlash(ctx.baseUrl),
    );
    return {
      leads: config.name ? leads.map((l) => ({ ...l, company: config.name as string })) : leads,
      next: [],
      skipped,
    };
  },
};
