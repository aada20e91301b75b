import { XMLBuilder } from 'fast-xml-parser';

export interface AtomEntry {
  /** A URI that never changes for this lead (RFC 4287 section 4.2.6). */
  id: string;
  title: string;
  /** ISO date-time of the last change the publisher counts as significant. */
  updated: string;
  published?: string | null;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  siteUrl: string;
  updated: string;
  entries: AtomEntry[];
}

/** XML 1.0 forbids most control characters even when escaped; crawled text can carry them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove.
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

/** An Atom 1.0 document (RFC 4287): feed id, title, updated, author and self link, then entries. */
export function renderAtom(feed: AtomFeed): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      id: feed.id,
      title: xmlText(feed.title),
      subtitle: xmlText(feed.subtitle),
      updated: feed.updated,
      author: { name: 'Offramp' },
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.selfUrl },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.siteUrl },
      ],
      entry: feed.entries.map((e) => ({
        id: e.id,
        title: xmlText(e.title),
        updated: e.updated,
        ...(e.published ? { published: e.published } : {}),
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.link },
        summary: xmlText(e.summary),
      })),
    },
  }) as string;
}
