import { Parser } from 'htmlparser2';

/**
 * One parse of a crawled description gives both the sanitised HTML that is stored and shown and the
 * element tree its plain text is read from (html-text.ts). Parsing once instead of three times
 * (sanitize-html, then html-to-text re-parsing its output) is most of the normalise step's speed.
 *
 * The policy is an allow-list, the same one the project used through sanitize-html (whose output
 * html-pass.test.ts checks this against on real captures): these tags and nothing else; on links
 * only `href` with an http, https or mailto scheme (relative links stay; protocol-relative ones do
 * not); every other tag is dropped with its text kept, except script, style, textarea, option and
 * xmp, whose contents go too; empty p, span, div and li are removed; h1 becomes h3, since the page
 * owns h1 and h2; links open in a new tab with rel="noopener noreferrer nofollow".
 */
const ALLOWED_TAGS = new Set(
  'p br hr ul ol li strong b em i u h2 h3 h4 h5 h6 blockquote a table thead tbody tr th td dl dt dd sub sup span div'.split(
    ' ',
  ),
);
/** Tags written as `<br />`: they have no content and no closing tag. */
const SELF_CLOSING = new Set(['br', 'hr']);
/** Disallowed tags whose text is not prose (code, styles, form values). */
const NON_TEXT = new Set(['script', 'style', 'textarea', 'option', 'xmp']);
/** Tags removed when they hold no text (a designer's spacer paragraphs). */
const DROPPED_WHEN_EMPTY = new Set(['p', 'span', 'div', 'li']);
const ENDS_P = new Set(['p']);
const ENDS_CELL = new Set(['thead', 'th', 'td']);
const ENDS_TERM = new Set(['dd', 'dt']);
/**
 * Allowed tags whose start closes the open element when the sanitised HTML is read again, as
 * htmlparser2 (which html-to-text uses) and, for these cases, a browser's "in body" insertion mode
 * do (https://html.spec.whatwg.org/#parsing-main-inbody). Reading the raw markup, a dropped tag in
 * between (a <font>, a <button>) can hide the open element; the sanitised HTML has no such tag.
 */
const START_CLOSES = new Map<string, Set<string>>([
  ...'p div ul ol dl table blockquote hr h1 h2 h3 h4 h5 h6'.split(' ').map((t) => [t, ENDS_P] as const),
  ['li', new Set(['li'])],
  ['dd', ENDS_TERM],
  ['dt', ENDS_TERM],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', ENDS_CELL],
  ['tbody', new Set(['thead', 'tbody'])],
]);
const LINK_ATTRIBUTES = new Set(['href', 'rel', 'target']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** An attribute name that cannot end the attribute or the tag early (HTML Standard 13.1.2.3). */
const VALID_ATTRIBUTE_NAME = /^[^\0\t\n\f\r /<=>]+$/;
/** \S is what String.prototype.trim keeps (ECMA-262: WhiteSpace and LineTerminator go). */
const NOT_WHITE_SPACE = /\S/;

export interface HtmlElement {
  name: string;
  parent: HtmlElement | null;
  children: HtmlNode[];
}
/** A text node holds decoded text, as the browser would show it. */
export type HtmlNode = HtmlElement | string;

/**
 * Whether a link's target may run code or leave the web: browsers ignore control characters and
 * spaces inside a scheme, and an HTML comment can hide one, so both are removed before the check.
 */
function unsafeHref(href: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters browsers skip.
  let clean = href.replace(/[\x00-\x20]+/g, '');
  for (let at = clean.indexOf('<!--'); at !== -1; at = clean.indexOf('<!--')) {
    const end = clean.indexOf('-->', at + 4);
    if (end === -1) break;
    clean = clean.slice(0, at) + clean.slice(end + 3);
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9.+-]*):/.exec(clean);
  if (!scheme) return /^[/\\]{2}/.test(clean);
  return !SAFE_SCHEMES.has((scheme[1] ?? '').toLowerCase());
}

const escapeText = (s: string) =>
  /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

interface Frame {
  /** The tag as written (before h1 becomes h3), which its closing tag must match. */
  tag: string;
  element: HtmlElement | null;
  /** Where text went before this tag opened: an element dropped as empty was never there to end a paragraph. */
  before: HtmlElement;
  /**
   * Some text inside is more than white space (what `text.trim() !== ''` says, without keeping the
   * text: each level once held a copy of all the text below it).
   */
  hasText: boolean;
  start: number;
}

function linkAttributes(attribs: Record<string, string>): string {
  let out = '';
  const all: Record<string, string> = {
    ...attribs,
    rel: 'noopener noreferrer nofollow',
    target: '_blank',
  };
  for (const [name, value] of Object.entries(all)) {
    if (!LINK_ATTRIBUTES.has(name) || !VALID_ATTRIBUTE_NAME.test(name) || value === '') continue;
    if (name === 'href' && unsafeHref(value)) continue;
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** `element` is `container` or one of its ancestors: text still goes inside it. */
function isOpen(element: HtmlElement, container: HtmlElement): boolean {
  for (let at: HtmlElement | null = container; at; at = at.parent) if (at === element) return true;
  return false;
}

/** Sanitises `html` and returns the result with the element tree it describes. */
export function sanitiseToTree(html: string): { html: string; root: HtmlElement } {
  const root: HtmlElement = { name: '#root', parent: null, children: [] };
  const stack: Frame[] = [];
  let out = '';
  let container = root;
  /** Inside a disallowed script, style or similar: count nested tags until it closes. */
  let skipDepth = 0;

  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        const name = tag === 'h1' ? 'h3' : tag;
        if (!ALLOWED_TAGS.has(name)) {
          stack.push({ tag, element: null, before: container, hasText: false, start: out.length });
          if (NON_TEXT.has(name)) skipDepth = 1;
          return;
        }
        stack.push({ tag, element: null, before: container, hasText: false, start: out.length });
        out += `<${name}${name === 'a' ? linkAttributes(attribs) : ''}${SELF_CLOSING.has(name) ? ' />' : '>'}`;
        // The text is laid out from a reading of the sanitised HTML, not from this parse.
        const closes = START_CLOSES.get(name);
        while (closes?.has(container.name)) container = container.parent ?? root;
        const element: HtmlElement = { name, parent: container, children: [] };
        container.children.push(element);
        (stack[stack.length - 1] as Frame).element = element;
        container = element;
      },
      ontext(text) {
        if (skipDepth > 0) return;
        out += escapeText(text);
        const top = stack[stack.length - 1];
        if (top && !top.hasText && NOT_WHITE_SPACE.test(text)) top.hasText = true;
        const last = container.children.length - 1;
        const previous = container.children[last];
        // Adjacent text is one node, as it would be on reading the sanitised HTML back.
        if (typeof previous === 'string') container.children[last] = previous + text;
        else container.children.push(text);
      },
      onclosetag(tag) {
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth > 0) return;
        }
        const frame = stack[stack.length - 1];
        // A closing tag that matches nothing open is bad markup, and ignored.
        if (!frame || frame.tag !== tag) return;
        stack.pop();
        const parent = stack[stack.length - 1];
        const element = frame.element;
        if (parent && frame.hasText) parent.hasText = true;
        if (!element) return;
        if (DROPPED_WHEN_EMPTY.has(element.name) && !frame.hasText) {
          out = out.slice(0, frame.start);
          const siblings = (element.parent ?? root).children;
          const at = siblings.lastIndexOf(element);
          if (at >= 0) siblings.splice(at, 1);
          container = frame.before;
          return;
        }
        if (!SELF_CLOSING.has(element.name)) out += `</${element.name}>`;
        if (isOpen(element, container)) container = element.parent ?? root;
        // Read again, the element has already ended (a later start closed it), so this closing tag
        // is a stray one: htmlparser2 reads a stray </p> as an empty paragraph, and ignores others.
        else if (element.name === 'p')
          container.children.push({ name: 'p', parent: container, children: [] });
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { html: out.replace(/\n{3,}/g, '\n\n').trim(), root };
}
