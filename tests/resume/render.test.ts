import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { resumeSchema } from '../../core/resume/resume-schema';
import { translateResume } from '../../core/resume/translate-resume';
import { renderDocx } from '../../templates/render-docx';
import { renderPdf } from '../../templates/render-pdf';
import { renderJsonResume, renderMarkdown, renderPlainText } from '../../templates/render-text';
import { templateIds } from '../../templates/templates';

const profile = resumeSchema.parse(
  JSON.parse(
    readFileSync(fileURLToPath(new URL('./profiles/deportation-officer.json', import.meta.url)), 'utf8'),
  ),
);
const translated = translateResume(profile, { mode: 'private', generalizeEmployer: true }).resume;

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; width: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: true, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  }
  const width = (await doc.getPage(1)).view[2] ?? 0;
  return { text, pages: doc.numPages, width };
}

describe.each(templateIds)('the %s template', (templateId) => {
  it('writes a DOCX with real headings, bullets, no tables and the translated content', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(translated, templateId));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('w:pStyle w:val="Heading1"');
    expect(xml).toContain('w:pStyle w:val="Heading2"');
    expect(xml).toContain('w:numPr');
    expect(xml).not.toContain('<w:tbl>');
    expect(xml).not.toContain('w:txbxContent');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Case Operations Supervisor');
    expect(text).toContain('Federal law enforcement agency');
    expect(text).toContain('Took 340 people into custody');
    expect(text).toMatch(/experience/i);
  });

  it('writes a text PDF on Letter and A4 whose words can be extracted', async () => {
    const letter = await pdfText(await renderPdf(translated, templateId, 'letter'));
    expect(letter.width).toBe(612);
    expect(letter.text).toContain('Case Operations Supervisor');
    expect(letter.text).toContain('1,200');
    const a4 = await pdfText(await renderPdf(translated, templateId, 'a4'));
    expect(Math.round(a4.width)).toBe(595);
  });
});

describe('text exports', () => {
  it('exports JSON Resume that validates against the official schema', async () => {
    const require = createRequire(import.meta.url);
    const { validate } = require('@jsonresume/schema') as {
      validate: (r: unknown, cb: (err: unknown, valid: boolean) => void) => void;
    };
    const json = JSON.parse(renderJsonResume(translated));
    const valid = await new Promise<boolean>((resolve) => validate(json, (err, ok) => resolve(!err && ok)));
    expect(valid).toBe(true);
  });

  it('exports Markdown and plain text with headings and bullets', () => {
    const md = renderMarkdown(translated);
    expect(md).toMatch(/^# Alex R\./);
    expect(md).toContain('## Experience');
    expect(md).toContain('- Took 340 people into custody');
    const txt = renderPlainText(translated);
    expect(txt).toContain('EXPERIENCE');
    expect(txt).not.toContain('#');
  });
});
