import { decodeHTML } from 'entities';
import { compile } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/**
 * Tags and attributes a job description may keep. Everything else (scripts, styles, iframes, forms,
 * event handlers, inline styles, images that could track a reader) is removed before the HTML is
 * stored or shown.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'dl',
    'dt',
    'dd',
    'sub',
    'sup',
    'span',
    'div',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Headings from the source become h3 and below: the page owns h1 and h2.
  transformTags: {
    h1: 'h3',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
  },
  exclusiveFilter: (frame) =>
    ['p', 'span', 'div', 'li'].includes(frame.tag) && !frame.text.trim() && !frame.mediaChildren.length,
};
ALLOWED.allowedAttributes = { a: ['href', 'rel', 'target'] };

/**
 * Some APIs (Greenhouse's `content`, JSON-LD descriptions) send HTML that is itself entity-escaped:
 * `&lt;p&gt;`. When the text has escaped tags and no real ones, decode once before sanitising.
 */
export function unescapeHtmlIfEscaped(html: string): string {
  const hasRealTags = /<[a-z][\s\S]*?>/i.test(html);
  const hasEscapedTags = /&lt;\/?[a-z][\s\S]*?&gt;/i.test(html);
  return !hasRealTags && hasEscapedTags ? decodeHTML(html) : html;
}

export function sanitiseDescription(html: string): string {
  return sanitizeHtml(unescapeHtmlIfEscaped(html), ALLOWED)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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

/** Plain text for search, scoring and the CLI: paragraphs and list items on their own lines. */
export function htmlToPlainText(html: string): string {
  return toText(html)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Decodes entities in a plain-text field such as a title (`R&amp;D` → `R&D`). */
export function decodeText(text: string): string {
  return decodeHTML(text).replace(/\u00a0/g, ' ');
}
