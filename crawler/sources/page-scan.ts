import { Parser } from 'htmlparser2';

/** What the JSON-LD source needs from an HTML page. */
export interface PageScan {
  /** The text of every `<script type="application/ld+json">`, as written (entities left alone). */
  jsonLd: string[];
  /** Every `<a href>` value, entities decoded, in document order. */
  links: string[];
}

/**
 * Reads a page's JSON-LD blocks and link targets in one streaming pass with htmlparser2's
 * tokenizer, without building a document tree: a tree costs several times more, and the source
 * reads nothing else from most pages. Script contents are raw text in HTML
 * (https://html.spec.whatwg.org/multipage/syntax.html#raw-text-elements), so they reach us as
 * written, as a DOM parse gives them.
 */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { jsonLd: [], links: [] };
  let block: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && attributes.type === 'application/ld+json') block = '';
        else if (name === 'a' && attributes.href !== undefined) scan.links.push(attributes.href);
      },
      ontext(text) {
        if (block !== null) block += text;
      },
      onclosetag(name) {
        if (name === 'script' && block !== null) {
          scan.jsonLd.push(block);
          block = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return scan;
}
