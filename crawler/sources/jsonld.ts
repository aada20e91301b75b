import { load } from 'cheerio';
import type { FetchSpec, SourceAdapter } from '../source-adapter';
import { readJobPostings } from './json-ld';
import { scanPage } from './page-scan';

const SKIP_EXTENSIONS = /\.(pdf|docx?|xlsx?|pptx?|zip|png|jpe?g|gif|svg|webp|ico|css|js|mp4|mp3|woff2?)$/i;

/** Of a page's link targets, the same-site ones worth visiting: pages, not files, fragments or other hosts. */
export function sameSiteLinks(hrefs: string[], pageUrl: string): string[] {
  const base = new URL(pageUrl);
  const found = new Set<string>();
  for (const href of hrefs) {
    if (!href || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href) || !URL.canParse(href, base))
      continue;
    const url = new URL(href, base);
    url.hash = '';
    if (url.host !== base.host || !/^https?:$/.test(url.protocol) || SKIP_EXTENSIONS.test(url.pathname))
      continue;
    if (/\/(apply|login|logout|signin|sign-in|register)\b/i.test(url.pathname)) continue;
    found.add(url.toString());
  }
  return [...found];
}

/** A page whose content is drawn by script: almost no text, and a script bundle or an app root. */
export function looksScriptRendered(html: string): boolean {
  // Its own copy: this check removes elements.
  const $ = load(html);
  const hasScripts =
    $('script[src]').length > 0 || $('script:not([type="application/ld+json"])').text().length > 500;
  $('script, style, noscript, template').remove();
  const text = $('body').text().replace(/\s+/g, ' ').trim();
  const appRoot = $('#root, #app, #__next, [data-reactroot], [ng-app]').length > 0;
  return hasScripts && (text.length < 200 || (appRoot && text.length < 1000));
}

function sitemapLocations(xml: string): { pages: string[]; sitemaps: string[] } {
  const $ = load(xml, { xml: true });
  return {
    pages: $('urlset > url > loc')
      .map((_, el) => $(el).text().trim())
      .get(),
    sitemaps: $('sitemapindex > sitemap > loc')
      .map((_, el) => $(el).text().trim())
      .get(),
  };
}

const isSitemap = (page: { contentType: string; body: string }) =>
  /xml/.test(page.contentType) || /^\s*(<\?xml|<urlset|<sitemapindex)/.test(page.body.slice(0, 500));

export const jsonld: SourceAdapter<'jsonld'> = {
  type: 'jsonld',
  defaultBaseUrl: (config) => new URL(config.url).origin,
  start: (config) => [{ label: 'page', url: config.url, browser: config.render === 'browser' }],
  extract(page, config) {
    const host = new URL(config.url).host;
    if (isSitemap(page)) {
      const { pages, sitemaps } = sitemapLocations(page.body);
      const sameSite = (u: string) => URL.canParse(u) && new URL(u).host === host;
      return {
        leads: [],
        next: [
          ...sitemaps.filter(sameSite).map((url) => ({ label: 'page', url, optional: true })),
          ...pages
            .filter(sameSite)
            .map((url) => ({ label: 'page', url, optional: true, browser: config.render === 'browser' })),
        ],
      };
    }
    // One pass serves both the JSON-LD and the links.
    const scan = scanPage(page.body);
    const { leads, skipped } = readJobPostings(scan.jsonLd, page.url);
    const next: FetchSpec[] = [];
    const rendered = Boolean(page.spec.browser);
    if (leads.length === 0 && config.render === 'auto' && !rendered && looksScriptRendered(page.body)) {
      next.push({ label: 'page', url: page.url, browser: true, uniqueKey: `browser ${page.url}` });
    }
    for (const url of sameSiteLinks(scan.links, page.url)) {
      next.push({
        label: 'page',
        url,
        optional: true,
        browser: config.render === 'browser' || (rendered && config.render === 'auto'),
      });
    }
    return { leads, next, skipped };
  },
};
