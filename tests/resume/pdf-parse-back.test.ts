import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Resume } from '../../core/resume/resume-schema';
import { resumeSchema } from '../../core/resume/resume-schema';
import { translateResume } from '../../core/resume/translate-resume';
import { renderPdf } from '../../templates/render-pdf';
import { templateIds } from '../../templates/templates';

const load = (f: string): Resume =>
  resumeSchema.parse(
    JSON.parse(readFileSync(fileURLToPath(new URL(`./profiles/${f}`, import.meta.url)), 'utf8')),
  );

interface Line {
  page: number;
  y: number;
  text: string;
  bold: boolean;
  /** Right edge of the line's last item. */
  right: number;
}

/** Text lines with positions, as an ATS parser reads them: items grouped by page and baseline. */
async function pdfLines(bytes: Uint8Array): Promise<{ lines: Line[]; width: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: true, isEvalSupported: false }).promise;
  const lines: Line[] = [];
  let width = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    width = page.view[2] ?? 0;
    const content = await page.getTextContent();
    const styles = content.styles as Record<string, { fontFamily: string }>;
    const rows = new Map<number, { x: number; w: number; str: string; font: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const y = Math.round(item.transform[5] ?? 0);
      rows.set(y, [
        ...(rows.get(y) ?? []),
        { x: item.transform[4] ?? 0, w: item.width, str: item.str, font: item.fontName },
      ]);
    }
    // The operator list loads the fonts, whose names say bold ("Helvetica-Bold", "Times-Bold").
    await page.getOperatorList();
    const fontName = new Map(
      [...new Set([...rows.values()].flat().map((i) => i.font))].map((id) => {
        const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string }) : undefined;
        return [id, `${font?.name ?? ''} ${styles[id]?.fontFamily ?? ''}`] as const;
      }),
    );
    for (const [y, items] of [...rows].sort((a, b) => b[0] - a[0])) {
      items.sort((a, b) => a.x - b.x);
      const last = items.at(-1);
      lines.push({
        page: p,
        y,
        text: items.map((i) => i.str).join(' '),
        bold: items.every((i) => /bold/i.test(fontName.get(i.font) ?? '')),
        right: (last?.x ?? 0) + (last?.w ?? 0),
      });
    }
  }
  return { lines, width };
}

const officer = translateResume(load('cbp-officer-ofo.json'), {
  mode: 'private',
  generalizeEmployer: false,
}).resume;

describe.each(templateIds)('the %s PDF read back', (templateId) => {
  it('reads name → contact → title → employer and dates → bullets, and school → degree', async () => {
    const { lines, width } = await pdfLines(await renderPdf(officer, templateId));
    const at = (text: string) => lines.findIndex((l) => l.text === text);
    expect(at('Maria G.')).toBe(0);
    expect(lines[1]?.text).toBe('CBP Officer (inspection officer)');
    expect(lines[2]?.text).toBe('maria.g@example.org');
    for (const [i, job] of (officer.work ?? []).entries()) {
      const title = at(job.position ?? '');
      expect(title, job.position).toBeGreaterThan(2);
      expect(lines[title]?.bold).toBe(true);
      const employer = lines[title + 1];
      expect(employer?.text).toMatch(
        new RegExp(
          `^${(job.name ?? '').replace(/[.()]/g, '\\$&')}, .+ (Oct 2019 – Present|Jan 2014 – Sep 2019)$`,
        ),
      );
      // The dates end on the right margin (54 pt), inside the text width.
      expect(Math.abs((employer?.right ?? 0) - (width - 54))).toBeLessThan(1);
      // A long employer line may wrap; the first bullet follows it, nothing else in between.
      const bullet = lines.findIndex((l, k) => k > title && l.text.startsWith('• '));
      const firstBullet = job.highlights?.find((h) => h.trim()) ?? '';
      expect(lines[bullet]?.text.startsWith(`• ${firstBullet.slice(0, 30)}`), `job ${i}`).toBe(true);
      expect(bullet - title, `job ${i}`).toBeLessThanOrEqual(3);
      for (const l of lines.slice(title + 2, bullet)) expect(l.bold).toBe(false);
    }
    const school = at('University of Houston');
    expect(school).toBeGreaterThan(0);
    expect(lines[school + 1]?.text).toBe('BBA, Supply Chain Management 2013');
  });

  it('sets every heading in bold capitals and never as the last line of a page', async () => {
    const { lines } = await pdfLines(await renderPdf(officer, templateId));
    const headings = lines.filter((l) =>
      ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'SKILLS', 'CERTIFICATIONS', 'AWARDS'].includes(l.text),
    );
    expect(headings.map((h) => h.text).sort()).toEqual([
      'AWARDS',
      'CERTIFICATIONS',
      'EDUCATION',
      'EXPERIENCE',
      'SKILLS',
      'SUMMARY',
    ]);
    for (const h of headings) {
      expect(h.bold, h.text).toBe(true);
      const next = lines[lines.indexOf(h) + 1];
      expect(next?.page, `${h.text} is the last line of page ${h.page}`).toBe(h.page);
    }
  });
});
