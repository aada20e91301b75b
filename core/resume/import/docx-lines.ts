import JSZip from 'jszip';
import type { Line } from './line';
import { stripBullet, tidyText } from './line';

interface StyleInfo {
  name: string;
  bold: boolean;
  size?: number;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');

const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*w:val="([^"]*)"`).exec(xml)?.[1];
/** `<w:b/>` or `<w:b w:val="true"/>` is bold; `w:val="0"` or `"false"` is not (ECMA-376 §17.3.2.1). */
const isBold = (rPr: string) => {
  const m = /<w:b(?:\s+w:val="([^"]*)")?\s*\/>/.exec(rPr);
  return m !== null && m[1] !== '0' && m[1] !== 'false';
};

/** Paragraph styles by id (word/styles.xml): the name ("heading 1", "Title"), bold and size. */
function readStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2] ?? '';
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const size = attr(rPr, 'sz');
    styles.set(m[1] ?? '', {
      name: (attr(body, 'name') ?? m[1] ?? '').toLowerCase(),
      bold: isBold(rPr),
      size: size ? Number(size) / 2 : undefined,
    });
  }
  return styles;
}

interface RawParagraph {
  texts: string[];
  bold: boolean;
  size?: number;
  headingLevel?: number;
  bullet: boolean;
  spaceBefore: number;
}

function readParagraph(xml: string, styles: Map<string, StyleInfo>): RawParagraph {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const style = styles.get(attr(pPr, 'pStyle') ?? '') ?? styles.get('Normal');
  const heading = /^heading (\d)$/.exec(style?.name ?? '');
  let text = '';
  let allBold = true;
  let any = false;
  let size: number | undefined;
  for (const run of xml.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
    const body = run[1] ?? '';
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    let piece = '';
    for (const t of body.matchAll(/<w:(t|tab|br|cr|noBreakHyphen)\b[^>]*?(?:\/>|>([^<]*)<\/w:t>)/g)) {
      if (t[1] === 't') piece += decode(t[2] ?? '');
      else if (t[1] === 'tab') piece += '\t';
      else if (t[1] === 'noBreakHyphen') piece += '-';
      else piece += '\n';
    }
    if (piece.trim()) {
      any = true;
      allBold &&= isBold(rPr) || (style?.bold ?? false);
      const sz = attr(rPr, 'sz');
      if (sz) size = Math.max(size ?? 0, Number(sz) / 2);
    }
    text += piece;
  }
  const before = /<w:spacing\b[^>]*w:before="(\d+)"/.exec(pPr)?.[1];
  return {
    texts: text.split('\n'),
    bold: any && allBold,
    size: size ?? style?.size,
    headingLevel: style?.name === 'title' ? 0 : heading ? Number(heading[1]) : undefined,
    bullet: /<w:numPr>/.test(pPr) || /list/.test(style?.name ?? ''),
    spaceBefore: before ? Number(before) / 240 : 0,
  };
}

/** The paragraphs of the body in reading order; a table row of one-line cells reads as one line. */
function paragraphs(body: string, styles: Map<string, StyleInfo>): RawParagraph[] {
  const out: RawParagraph[] = [];
  const parts = body.split(/(<w:tbl>[\s\S]*?<\/w:tbl>)/);
  for (const part of parts) {
    if (part.startsWith('<w:tbl>')) {
      for (const row of part.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)) {
        const cells = [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
          [...(c[1] ?? '').matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)]
            .map((p) => readParagraph(p[0], styles))
            .filter((p) => p.texts.join('').trim()),
        );
        if (cells.every((c) => c.length <= 1)) {
          const present = cells.flat();
          const first = present[0];
          if (first)
            out.push({
              ...first,
              texts: [present.map((p) => p.texts.join(' ')).join('\t')],
              bold: present.every((p) => p.bold),
            });
        } else out.push(...cells.flat());
      }
    } else {
      for (const p of part.matchAll(/<w:p\b[^>]*(?:\/>|>[\s\S]*?<\/w:p>)/g))
        out.push(readParagraph(p[0], styles));
    }
  }
  return out;
}

/** A Word document (.docx) as lines, read from word/document.xml with its paragraph styles. */
export async function docxLines(bytes: Uint8Array): Promise<Line[]> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new Error('no word/document.xml');
  const styles = readStyles((await zip.file('word/styles.xml')?.async('string')) ?? '');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  const raw = paragraphs(
    body.replace(/<w:(?:delText|instrText)\b[\s\S]*?<\/w:(?:delText|instrText)>/g, ''),
    styles,
  );
  const sizes = raw.filter((p) => p.size && !p.headingLevel).map((p) => p.size ?? 0);
  const body_ = mode(sizes) ?? 11;
  const lines: Line[] = [];
  let gap = 0;
  for (const p of raw) {
    gap += p.spaceBefore;
    for (const t of p.texts) {
      const { text, bullet } = stripBullet(tidyText(t));
      if (!text) {
        gap += 1;
        continue;
      }
      lines.push({
        text,
        bold: p.bold,
        size: (p.size ?? body_) / body_,
        gapBefore: Math.min(gap, 2),
        headingLevel: p.headingLevel,
        bullet: bullet || p.bullet,
      });
      gap = 0;
    }
  }
  return lines;
}

export function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
