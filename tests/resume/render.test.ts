import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { resumeSchema } from '../../core/resume/resume-schema';
import { translateResume } from '../../core/resume/translate-resume';
import { renderDocx, TEXT_WIDTH_TWIPS } from '../../templates/render-docx';
import { renderJsonResume, renderMarkdown, renderPlainText } from '../../templates/render-text';
import { templateIds } from '../../templates/templates';

const profile = resumeSchema.parse(
  JSON.parse(
    readFileSync(fileURLToPath(new URL('./profiles/deportation-officer.json', import.meta.url)), 'utf8'),
  ),
);
const translated = translateResume(profile, { mode: 'private', generalizeEmployer: true }).resume;

describe.each(templateIds)('the %s template', (templateId) => {
  it('writes a DOCX with real headings, bullets, no tables, and dates on the text edge', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(translated, templateId));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('w:pStyle w:val="Heading1"');
    expect(xml).toContain('w:pStyle w:val="Heading2"');
    expect(xml).toContain('w:numPr');
    expect(xml).not.toContain('<w:tbl>');
    expect(xml).not.toContain('w:txbxContent');
    // The right tab stop sits exactly on the right margin (7" of text on Letter), not inside it.
    expect(xml).toContain(`w:val="right" w:pos="${TEXT_WIDTH_TWIPS}"`);
    expect(xml).toContain('w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080"');
    const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) =>
      m[0].replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, ''),
    );
    const title = paragraphs.indexOf('Supervisory Deportation Officer (case operations supervisor)');
    expect(title).toBeGreaterThan(-1);
    expect(paragraphs[title + 1]).toBe(
      'Federal law enforcement agency, Phoenix regional office\tApr 2019 – Present',
    );
    expect(paragraphs).toContain('EXPERIENCE');
    expect(paragraphs).toContain(
      'Apprehended 340 noncitizens in at-large arrests (made in the community rather than at a jail) with zero use-of-force complaints.',
    );
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

  it('exports Markdown and plain text with the title on its own line', () => {
    const md = renderMarkdown(translated);
    expect(md).toMatch(/^# Alex R\./);
    expect(md).toContain('## Experience');
    expect(md).toContain(
      '### Supervisory Deportation Officer (case operations supervisor)\nFederal law enforcement agency, Phoenix regional office · *Apr 2019 – Present*',
    );
    expect(md).toContain('- Apprehended 340 noncitizens');
    const txt = renderPlainText(translated);
    expect(txt).toContain('EXPERIENCE');
    expect(txt).toContain('Arizona State University\nBS, Criminal Justice | 2014');
    expect(txt).not.toContain('#');
  });

  it('prints federal details only when the job keeps them', () => {
    const federal = translateResume(profile, { mode: 'federal', generalizeEmployer: false }).resume;
    expect(renderPlainText(federal)).toContain(
      'GS-13 · Series 1801 · 40 hours per week · Salary $112,000 per year',
    );
    expect(renderPlainText(translated)).not.toContain('112,000');
  });
});
