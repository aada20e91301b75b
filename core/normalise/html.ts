import { decodeHTML } from 'entities';
import { compile } from 'html-to-text';
import { sanitiseToTree } from './html-pass';
import { hasTable, treeToText } from './html-text';

/**
 * Some APIs (Greenhouse's `content`, JSON-LD descriptions) send HTML that is itself entity-escaped:
 * `&lt;p&gt;`. When the text has escaped tags and no real ones, decode once before sanitising.
 */
export function unescapeHtmlIfEscaped(html: string): string {
  const hasRealTags = /<[a-z][\s\S]*?>/i.test(html);
  const hasEscapedTags = /&lt;\/?[a-z][\s\S]*?&gt;/i.test(html);
  return !hasRealTags && hasEscapedTags ? decodeHTML(html) : html;
}

/** Compiled once: html-to-text builds its formatter from the options, which is the costly part. */
const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable' },
  ],
});

/** Offramp's tidying of the laid-out text: plain spaces, no trailing blanks, at most one empty line. */
const tidy = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * A crawled description, sanitised (html-pass.ts) and as plain text for search, scoring and the CLI
 * (paragraphs and list items on their own lines), from one parse of the HTML.
 */
export function cleanDescription(html: string): { html: string; text: string } {
  return readHtml(unescapeHtmlIfEscaped(html));
}

function readHtml(html: string): { html: string; text: string } {
  const { html: clean, root } = sanitiseToTree(html);
  // Tables are rare in postings; html-to-text lays their columns out.
  const text = hasTable(root) ? toText(clean) : treeToText(root);
  return { html: clean, text: tidy(text) };
}

export function sanitiseDescription(html: string): string {
  return cleanDescription(html).html;
}

/** Plain text of HTML that is already sanitised (sanitising it again changes nothing). */
export function htmlToPlainText(html: string): string {
  return readHtml(html).text;
}

/** Decodes entities in a plain-text field such as a title (`R&amp;D` → `R&D`). */
export function decodeText(text: string): string {
  return decodeHTML(text).replace(/\u00a0/g, ' ');
}
