import { load } from 'cheerio';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { entryFields, trimSlash, UnexpectedPageError } from '../source-adapter';
import { readJobPostings } from './json-ld';
import { scanPage } from './page-scan';

// An iCIMS career site (careers-{company}.icims.com) lists its postings in /sitemap.xml (the
// sitemaps.org format, each job with a <lastmod>) and marks each job page up with schema.org
// JobPosting JSON-LD. The job page proper is framed: the framed document, `?in_iframe=1`, is the
// one carrying the posting. Job URLs read /jobs/{id}/{title-slug}/job.
const JOB_PATH = /\/jobs\/(\d+)\/[^/]*\/job\/?$/;

export const icims: SourceAdapter<'icims'> = {
  type: 'icims',
  defaultBaseUrl: (config) => `https://${config.host}`,
  start: (_config, ctx) => [{ label: 'sitemap', url: `${trimSlash(ctx.baseUrl)}/sitemap.xml` }],
  extract(page, config) {
    if (page.spec.label === 'job') {
      const id = String(page.spec.data?.id ?? '');
      const read = readJobPostings(scanPage(page.body).jsonLd, page.url.replace(/[?&]in_iframe=1$/, ''));
      const leads = read.leads.map((l) => ({
        ...l,
        sourceLeadId: id || l.sourceLeadId,
        company: config.name ?? l.company,
      }));
      if (leads.length === 0)
        return { leads: [], next: [], skipped: [...read.skipped, 'no JobPosting on the page'] };
      return { leads: leads.slice(0, 1), next: [], skipped: read.skipped };
    }
    const $ = load(page.body, { xml: true });
    if ($('urlset, sitemapindex').length === 0)
      throw new UnexpectedPageError(`iCIMS sitemap at ${page.url} is not a sitemap`);
    const next: FetchSpec[] = [];
    $('sitemapindex > sitemap > loc').each((_, el) => {
      next.push({ label: 'sitemap', url: $(el).text().trim() });
    });
    $('urlset > url').each((_, el) => {
      const loc = $(el).find('loc').first().text().trim();
      if (!URL.canParse(loc)) return;
      const url = new URL(loc);
      const id = url.pathname.match(JOB_PATH)?.[1];
      if (!id) return;
      url.searchParams.set('in_iframe', '1');
      next.push({
        label: 'job',
        url: url.toString(),
        data: { id },
        entry: {
          key: id,
          fields: entryFields(url.pathname, $(el).find('lastmod').first().text().trim() || null),
        },
      });
    });
    return { leads: [], next };
  },
};
