import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { Resume } from '../core/resume/resume-schema';
import type { Block, TemplateStyle } from './document-model';
import { packDocx } from './pack-docx';
import type { TemplateId } from './templates';
import { layout } from './templates';

const half = (pt: number) => pt * 2;

/** Letter width 12240 twips less two 1080-twip margins: the right tab stop sits on the text edge. */
export const TEXT_WIDTH_TWIPS = 12240 - 2 * 1080;

function paragraphsFor(block: Block, style: TemplateStyle): Paragraph[] {
  if (block.kind !== 'entry') return [paragraphFor(block, style)];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      spacing: { before: 160 },
      keepNext: true,
      children: [
        new TextRun({ text: block.title, bold: true, size: half(style.bodySize + 1), color: '1C2421' }),
      ],
    }),
    new Paragraph({
      keepNext: true,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
      children: [
        new TextRun({ text: block.subtitle, size: half(style.bodySize), color: '1C2421' }),
        ...(block.dates
          ? [new TextRun({ text: `\t${block.dates}`, size: half(style.bodySize), color: '4A5652' })]
          : []),
      ],
    }),
  ];
}

function paragraphFor(block: Block, style: TemplateStyle): Paragraph {
  switch (block.kind) {
    case 'name':
      return new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [
          new TextRun({ text: block.text, bold: true, size: half(style.nameSize), color: style.accent }),
        ],
      });
    case 'contact':
      return new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: block.text })] });
    case 'heading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 80 },
        keepNext: true,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: style.accent, space: 2 } },
        children: [
          new TextRun({
            text: style.uppercaseHeadings ? block.text.toUpperCase() : block.text,
            bold: true,
            size: half(style.headingSize),
            color: style.accent,
          }),
        ],
      });
    case 'entry':
      return paragraphsFor(block, style)[0] as Paragraph;
    case 'paragraph':
      return new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: block.text })] });
    case 'bullet':
      return new Paragraph({
        numbering: { reference: 'resume-bullets', level: 0 },
        spacing: { after: 40 },
        children: [new TextRun({ text: block.text })],
      });
  }
}

/** Builds the DOCX with the `docx` library: real heading styles, bullet numbering, no tables. */
export function buildDocx(resume: Resume, templateId: TemplateId): Document {
  const { blocks, style } = layout(resume, templateId);
  return new Document({
    creator: 'Offramp',
    title: `${resume.basics?.name ?? 'Resume'} — resume`,
    styles: {
      default: {
        document: {
          run: { font: style.font, size: half(style.bodySize) },
          paragraph: { spacing: { line: 264 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: style.font, size: half(style.nameSize), bold: true },
        },
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: style.font, size: half(style.headingSize), bold: true },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: style.font, size: half(style.bodySize + 1), bold: true },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'resume-bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } },
        children: blocks.flatMap((b) => paragraphsFor(b, style)),
      },
    ],
  });
}

/** The DOCX as bytes (server and CLI); the browser calls `Packer.toBlob` on `buildDocx`. */
export async function renderDocx(resume: Resume, templateId: TemplateId): Promise<Uint8Array> {
  return packDocx(buildDocx(resume, templateId));
}
