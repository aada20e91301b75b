import type { HtmlElement, HtmlNode } from './html-pass';

/**
 * Plain text from a sanitised description's element tree, laid out as html-to-text lays it out with
 * the options Offramp used (no word wrap, link targets left out, headings as written up to h4):
 * blocks separated by line breaks, list items on their own lines behind " * " or " 1. ", quotes
 * behind "> ". Reading the tree the sanitiser already built avoids a second parse; tables, whose
 * column layout is html-to-text's own, are the one case left to it (see html.ts).
 *
 * The model follows html-to-text's block builder: every block collects words on lines, and
 * closing a block joins its text to its parent's with the larger of the line breaks the two ask for.
 */

/** html-to-text's whitespace: HTML's own plus the zero-width space. Not the no-break space. */
const WORDS = /[^ \t\r\n\f\u200b]+/g;
const LEADING_SPACE = /^[ \t\r\n\f\u200b]/;
const TRAILING_SPACE = /[ \t\r\n\f\u200b]$/;
const HAS_WORDS = /[^ \t\r\n\f\u200b]/;
/** The line html-to-text draws for <hr>, 40 dashes when nothing wraps. */
const RULE = '-'.repeat(40);

class Block {
  lines: string[][] = [];
  words: string[] = [];
  stashedSpace = false;
  raw = '';
  stashedBreaks = 0;
  constructor(
    readonly next: Block | null,
    public leadingBreaks: number,
    readonly prefix = '',
    readonly maxPrefix = 0,
  ) {}

  newLine(count = 1): void {
    this.lines.push(this.words);
    for (let i = 1; i < count; i++) this.lines.push([]);
    this.words = [];
  }

  text(): string {
    if (this.lines.length === 0 && this.words.length === 0) return this.raw;
    let inline = '';
    for (const line of this.lines) inline += `${line.join(' ')}\n`;
    return this.raw + inline + this.words.join(' ');
  }

  /** Puts a finished child's text after this block's, `leading` line breaks apart at least. */
  append(text: string, leading: number, trailing: number): void {
    const before = this.text();
    const breaks = Math.max(this.stashedBreaks, leading);
    this.lines = [];
    this.words = [];
    if (before) this.raw = before + '\n'.repeat(breaks) + text;
    else {
      this.raw = text;
      this.leadingBreaks = breaks;
    }
    this.stashedBreaks = trailing;
  }
}

class TextBuilder {
  current = new Block(null, 1);
  upper = 0;

  inline(text: string): void {
    const block = this.current;
    if (text.length === 0 || (block.stashedBreaks && !HAS_WORDS.test(text))) return;
    if (block.stashedBreaks) block.newLine(block.stashedBreaks);
    const hadSpace = block.stashedSpace;
    let first = true;
    WORDS.lastIndex = 0;
    for (let match = WORDS.exec(text); match; match = WORDS.exec(text)) {
      const word = this.upper > 0 ? match[0].toUpperCase() : match[0];
      if (first && !hadSpace && !LEADING_SPACE.test(text)) {
        const last = block.words.pop();
        block.words.push(last ? last + word : word);
      } else block.words.push(word);
      first = false;
    }
    block.stashedSpace = (hadSpace && first) || TRAILING_SPACE.test(text);
    block.stashedBreaks = 0;
  }

  open(leading: number, prefix = '', maxPrefix = 0): void {
    this.current = new Block(this.current, leading, prefix, maxPrefix);
  }

  /** Closes a block or a list item, and hands its text to the enclosing one. */
  close(trailing: number, transform?: (text: string) => string): void {
    const block = this.current;
    this.current = block.next ?? block;
    const text = transform ? transform(block.text()) : block.text();
    this.current.append(text, block.leadingBreaks, Math.max(block.stashedBreaks, trailing));
  }

  /** Closes a list: an empty one adds nothing, and its own trailing breaks are the ones asked for. */
  closeList(trailing: number): void {
    const list = this.current;
    this.current = list.next ?? list;
    const text = list.text();
    if (text) this.current.append(text, list.leadingBreaks, trailing);
  }
}

const quote = (text: string) =>
  text
    .replace(/^\n+|\n+$/g, '')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

function walk(nodes: HtmlNode[], b: TextBuilder): void {
  for (const node of nodes) {
    if (typeof node === 'string') b.inline(node);
    else element(node, b);
  }
}

/** Blocks as html-to-text lays them out: line breaks before and after, and upper case (h5, h6). */
const BLOCKS: Record<string, [leading: number, trailing: number, upper?: boolean]> = {
  p: [2, 2],
  div: [1, 1],
  h2: [3, 2],
  h3: [3, 2],
  h4: [2, 2],
  h5: [2, 2, true],
  h6: [2, 2, true],
};

function element(node: HtmlElement, b: TextBuilder): void {
  const spec = BLOCKS[node.name];
  if (spec) {
    b.open(spec[0]);
    if (spec[2]) b.upper++;
    walk(node.children, b);
    if (spec[2]) b.upper--;
    b.close(spec[1]);
  } else if (node.name === 'br') b.current.newLine();
  else if (node.name === 'hr') {
    b.open(2);
    b.inline(RULE);
    b.close(2);
  } else if (node.name === 'blockquote') {
    b.open(2);
    walk(node.children, b);
    b.close(2, quote);
  } else if (node.name === 'ul' || node.name === 'ol') list(node, b);
  else walk(node.children, b);
}

function list(node: HtmlElement, b: TextBuilder): void {
  const nested = node.parent?.name === 'li';
  let index = 1;
  let maxPrefix = 0;
  const items = node.children
    .filter((child) => typeof child !== 'string' || !/^\s*$/.test(child))
    .map((child) => {
      if (typeof child === 'string' || child.name !== 'li') return { child, prefix: '' };
      const marker = node.name === 'ol' ? ` ${index++}. ` : ' * ';
      const prefix = nested ? marker.trimStart() : marker;
      maxPrefix = Math.max(maxPrefix, prefix.length);
      return { child, prefix };
    });
  if (items.length === 0) return;
  b.open(nested ? 1 : 2, '', maxPrefix);
  const listBlock = b.current;
  for (const { child, prefix } of items) {
    b.open(1, prefix);
    walk([child], b);
    const width = Math.max(prefix.length, listBlock.maxPrefix);
    const spacing = `\n${' '.repeat(width)}`;
    b.close(1, (text) => prefix.padEnd(width) + text.replace(/\n/g, spacing));
  }
  b.closeList(nested ? 1 : 2);
}

/** Whether the tree holds a table, which html-to-text lays out in columns. */
export function hasTable(node: HtmlElement): boolean {
  return node.children.some((c) => typeof c !== 'string' && (c.name === 'table' || hasTable(c)));
}

/** The text of a tree without tables, before Offramp's own tidying (html.ts). */
export function treeToText(root: HtmlElement): string {
  const b = new TextBuilder();
  walk(root.children, b);
  return b.current.text();
}
