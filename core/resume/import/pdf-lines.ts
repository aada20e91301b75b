import { mode } from './docx-lines';
import type { Line } from './line';
import { stripBullet, tidyText } from './line';

/** A text item as pdf.js gives it: the string, its transform (size and position) and its font. */
interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export type PdfProblem = 'encrypted' | 'corrupt' | 'scanned' | 'empty';

export class PdfReadError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem);
  }
}

let workerSrc: string | undefined;
/** The browser must name pdf.js's worker script (a Vite asset URL); Node runs it in-process. */
export function setPdfWorkerSrc(src: string): void {
  workerSrc = src;
}

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

/** Groups a page's items into lines: same baseline (within a third of the type size), left to right. */
function groupLines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const head = line?.[0];
    if (line && head && Math.abs(head.y - item.y) <= Math.max(head.size, item.size) * 0.35) line.push(item);
    else lines.push([item]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** Joins a line's items: touching items run together, a word gap is a space, a column gap a tab. */
function joinItems(items: Item[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (out && gap > item.size * 1.2) out += '\t';
    else if (out && gap > item.size * 0.15 && !out.endsWith(' ') && !item.str.startsWith(' ')) out += ' ';
    out += item.str;
    end = item.x + item.width;
  }
  return out;
}

/**
 * A PDF as lines, from pdf.js text items and their positions: lines by baseline, bold from the font
 * name, size relative to the body text, gaps from the baseline distance to the line above.
 */
export async function pdfLines(bytes: Uint8Array): Promise<Line[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new PdfReadError((error as Error).name === 'PasswordException' ? 'encrypted' : 'corrupt');
  }
  const pages: Item[][] = [];
  let images = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const ops = await page.getOperatorList();
      images += ops.fnArray.filter(
        (f) => f === pdfjs.OPS.paintImageXObject || f === pdfjs.OPS.paintInlineImageXObject,
      ).length;
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const font = page.commonObjs.has(it.fontName)
          ? (page.commonObjs.get(it.fontName) as { name?: string; bold?: boolean })
          : undefined;
        items.push({
          str: it.str,
          x: it.transform[4] ?? 0,
          y: it.transform[5] ?? 0,
          width: it.width,
          size: Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0) || it.height,
          bold: Boolean(font?.bold) || BOLD_FONT.test(font?.name ?? ''),
        });
      }
      pages.push(items);
      page.cleanup();
    }
  } catch {
    throw new PdfReadError('corrupt');
  } finally {
    await doc.destroy();
  }
  const all = pages.flat();
  if (all.map((i) => i.str.trim()).join('').length < 20)
    throw new PdfReadError(images > 0 ? 'scanned' : 'empty');

  const body = mode(all.flatMap((i) => Array(Math.max(1, i.str.length)).fill(i.size))) ?? 10;
  const right = Math.max(...all.map((i) => i.x + i.width));
  const lines: Line[] = [];
  for (const items of pages) {
    let previousY: number | undefined;
    const spacings: number[] = [];
    const grouped = groupLines(items);
    grouped.forEach((l, i) => {
      const next = grouped[i + 1]?.[0];
      const head = l[0];
      if (next && head) spacings.push(head.y - next.y);
    });
    const spacing = mode(spacings.filter((s) => s > 0 && s < body * 2.5)) ?? body * 1.25;
    for (const l of grouped) {
      const head = l[0];
      const tail = l.at(-1);
      if (!head || !tail) continue;
      const { text, bullet } = stripBullet(tidyText(joinItems(l)));
      const gap = previousY === undefined ? 0 : (previousY - head.y) / spacing - 1;
      previousY = head.y;
      if (!text) continue;
      lines.push({
        text,
        bold: l.every((i) => i.bold),
        size: Math.max(...l.map((i) => i.size)) / body,
        gapBefore: Math.max(0, Math.min(2, Math.round(gap * 4) / 4)),
        bullet,
        full: tail.x + tail.width > right - body * 6,
      });
    }
  }
  return lines;
}
