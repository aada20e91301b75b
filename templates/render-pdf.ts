import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { Resume } from '../core/resume/resume-schema';
import type { Block } from './document-model';
import type { TemplateId } from './templates';
import { layout } from './templates';

export const PAPER = { letter: [612, 792], a4: [595.28, 841.89] } as const;
export type Paper = keyof typeof PAPER;

const MARGIN = 54;

/** The standard PDF fonts encode WinAnsi only; anything else becomes a close ASCII form. */
function encodable(text: string, font: PDFFont): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += /\p{M}/u.test(ch) ? '' : '?';
    }
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const hex = (h: string): RGB =>
  rgb(
    Number.parseInt(h.slice(0, 2), 16) / 255,
    Number.parseInt(h.slice(2, 4), 16) / 255,
    Number.parseInt(h.slice(4, 6), 16) / 255,
  );

/** A text PDF (selectable, ATS-readable) laid out from the template's blocks, on Letter or A4. */
export async function renderPdf(
  resume: Resume,
  templateId: TemplateId,
  paper: Paper = 'letter',
): Promise<Uint8Array> {
  const { blocks, style } = layout(resume, templateId);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${resume.basics?.name ?? 'Resume'} — resume`);
  pdf.setCreator('Offramp');
  const regular = await pdf.embedFont(
    style.pdfFont === 'TimesRoman' ? StandardFonts.TimesRoman : StandardFonts.Helvetica,
  );
  const bold = await pdf.embedFont(
    style.pdfFont === 'TimesRoman' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold,
  );
  const [width, height] = PAPER[paper];
  const textWidth = width - 2 * MARGIN;
  let page: PDFPage = pdf.addPage([width, height]);
  let y = height - MARGIN;
  const ink = hex('1C2421');
  const accent = hex(style.accent);

  const ensure = (needed: number) => {
    if (y - needed < MARGIN) {
      page = pdf.addPage([width, height]);
      y = height - MARGIN;
    }
  };
  const write = (text: string, font: PDFFont, size: number, color: RGB, indent = 0, gapAfter = 2) => {
    for (const line of wrap(encodable(text, font), font, size, textWidth - indent)) {
      ensure(size * 1.3);
      y -= size * 1.3;
      page.drawText(line, { x: MARGIN + indent, y, size, font, color });
    }
    y -= gapAfter;
  };

  for (const block of blocks as Block[]) {
    const size = style.bodySize;
    switch (block.kind) {
      case 'name':
        write(block.text, bold, style.nameSize, accent, 0, 4);
        break;
      case 'contact':
        write(block.text, regular, size - 1, ink, 0, 8);
        break;
      case 'heading': {
        // Never the last line of a page: keep room for the heading and the first lines under it.
        ensure(style.headingSize * 1.3 + 14 + style.bodySize * 1.3 * 3);
        y -= 8;
        write(
          style.uppercaseHeadings ? block.text.toUpperCase() : block.text,
          bold,
          style.headingSize,
          accent,
          0,
          2,
        );
        page.drawLine({
          start: { x: MARGIN, y: y + 1 },
          end: { x: width - MARGIN, y: y + 1 },
          thickness: 0.75,
          color: accent,
        });
        y -= 4;
        break;
      }
      case 'entry': {
        // The title stands on its own line; the employer (or school) and the dates follow, the
        // dates right-aligned inside the text width, so a parser can isolate each.
        ensure(size * 1.3 * 3);
        y -= 4;
        if (block.title) write(block.title, bold, size + 0.5, ink, 0, 0);
        const dates = encodable(block.dates, regular);
        const datesWidth = dates ? regular.widthOfTextAtSize(dates, size) : 0;
        const lines = block.subtitle
          ? wrap(encodable(block.subtitle, regular), regular, size, textWidth - datesWidth - 12)
          : [''];
        lines.forEach((line, i) => {
          ensure(size * 1.3);
          y -= size * 1.3;
          if (line) page.drawText(line, { x: MARGIN, y, size, font: regular, color: ink });
          if (i === 0 && dates)
            page.drawText(dates, { x: width - MARGIN - datesWidth, y, size, font: regular, color: ink });
        });
        y -= 2;
        break;
      }
      case 'paragraph':
        write(block.text, regular, size, ink, 0, 3);
        break;
      case 'bullet': {
        const lines = wrap(encodable(block.text, regular), regular, size, textWidth - 14);
        lines.forEach((line, i) => {
          ensure(size * 1.3);
          y -= size * 1.3;
          if (i === 0) page.drawText('•', { x: MARGIN + 2, y, size, font: regular, color: ink });
          page.drawText(line, { x: MARGIN + 14, y, size, font: regular, color: ink });
        });
        y -= 2;
        break;
      }
    }
  }
  return pdf.save();
}
