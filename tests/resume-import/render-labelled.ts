import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { PDFFont } from 'pdf-lib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { LabelledResume } from './labelled-resumes';
import type { DocLine } from './layouts';
import { LAYOUTS } from './layouts';

/** The file formats each labelled resume is rendered to. */
export const FORMATS = ['pdf', 'docx', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

export function renderText(lines: DocLine[]): string {
  return lines
    .map(
      (l) => `${l.gapBefore ? '\n' : ''}${l.bullet ? '• ' : ''}${l.text}${l.right ? `      ${l.right}` : ''}`,
    )
    .join('\n');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  return [...out, line];
}

/** A PDF through pdf-lib: Helvetica or Times, wrapped at the margins, right text flush right. */
export async function renderPdf(lines: DocLine[], serif: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const [width, height, margin] = [612, 792, 54];
  let page = doc.addPage([width, height]);
  let y = height - margin;
  for (const l of lines) {
    const size = l.size ?? 10.5;
    const font = l.bold ? bold : regular;
    const lead = size * 1.3;
    if (l.gapBefore || l.style) y -= lead * 0.8;
    const indent = l.bullet ? 14 : 0;
    const room = width - 2 * margin - indent - (l.right ? regular.widthOfTextAtSize(l.right, 10.5) + 20 : 0);
    const wrapped = wrap(l.text, font, size, room);
    if (y - lead * wrapped.length < margin) {
      page = doc.addPage([width, height]);
      y = height - margin;
    }
    wrapped.forEach((text, i) => {
      y -= lead;
      if (i === 0 && l.bullet) page.drawText('•', { x: margin, y, size, font: regular });
      page.drawText(text, { x: margin + indent, y, size, font });
      if (i === 0 && l.right)
        page.drawText(l.right, {
          x: width - margin - regular.widthOfTextAtSize(l.right, 10.5),
          y,
          size: 10.5,
          font: regular,
        });
    });
  }
  return doc.save();
}

const HEADINGS = {
  Title: HeadingLevel.TITLE,
  Heading1: HeadingLevel.HEADING_1,
  Heading2: HeadingLevel.HEADING_2,
};
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** A DOCX through the docx package: Word styles, list bullets, right tab stops, a header table. */
export async function renderDocx(lines: DocLine[], wordStyles: boolean): Promise<Uint8Array> {
  const run = (l: DocLine, text: string) =>
    new TextRun({ text, bold: l.bold, ...(l.size && !wordStyles ? { size: l.size * 2 } : {}) });
  const children: (Paragraph | Table)[] = [];
  for (const l of lines) {
    if (l.table) {
      const cell = (text: string, right: boolean) =>
        new TableCell({
          width: { size: 50, type: WidthType.PERCENTAGE },
          borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
          children: [
            new Paragraph({
              alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [run(right ? { text } : l, text)],
            }),
          ],
        });
      children.push(
        new Table({ rows: [new TableRow({ children: [cell(l.text, false), cell(l.right ?? '', true)] })] }),
      );
      continue;
    }
    children.push(
      new Paragraph({
        ...(l.style ? { heading: HEADINGS[l.style] } : {}),
        ...(l.bullet ? { bullet: { level: 0 } } : {}),
        ...(l.gapBefore ? { spacing: { before: 240 } } : {}),
        tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
        children: [run(l, l.text), ...(l.right ? [new TextRun({ text: `\t${l.right}` })] : [])],
      }),
    );
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** One labelled resume rendered in its layout to one format. */
export async function renderLabelled(item: LabelledResume, format: Format): Promise<Uint8Array> {
  const lines = LAYOUTS[item.layout](item.resume);
  if (format === 'txt') return new TextEncoder().encode(renderText(lines));
  if (format === 'docx') return renderDocx(lines, item.layout === 'word-default');
  // Vary the type: serif for the federal layouts, sans-serif for the rest.
  return renderPdf(lines, item.layout === 'usajobs' || item.layout === 'position-description');
}
