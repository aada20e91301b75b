import { docxLines } from '../core/resume/import/docx-lines';
import { importResume } from '../core/resume/import/import-resume';
import type { Line } from '../core/resume/import/line';
import { linesToResume } from '../core/resume/import/lines-to-resume';
import { pdfLines } from '../core/resume/import/pdf-lines';
import { textLines } from '../core/resume/import/text-lines';
import { HELD_OUT } from '../tests/resume-import/held-out';
import { LABELLED_RESUMES } from '../tests/resume-import/labelled-resumes';
import type { Format } from '../tests/resume-import/render-labelled';
import {
  FORMATS,
  renderDocx,
  renderLabelled,
  renderPdf,
  renderText,
} from '../tests/resume-import/render-labelled';
import type { FieldResult } from '../tests/resume-import/score-import';
import { scoreImport, summarise } from '../tests/resume-import/score-import';
import { fmt, line, percentile, timeIt } from './measure';

/** The baseline reader: the same lines with every layout fact (weight, size, styles, gaps) dropped. */
const flat = (lines: Line[]): Line[] =>
  lines.map((l) => ({ text: l.text, bullet: l.bullet, bold: false, size: 1, gapBefore: 0 }));

async function linesOf(bytes: Uint8Array, format: Format): Promise<Line[]> {
  if (format === 'pdf') return pdfLines(bytes);
  if (format === 'docx') return docxLines(bytes);
  return textLines(new TextDecoder().decode(bytes));
}

/**
 * Import accuracy per field on the labelled set (15 resumes as PDF, DOCX and text), beside a baseline
 * in the same run: the same detection on lines stripped of layout, which shows what the layout
 * features add. Also the time per import beside reading the lines alone.
 */
export async function resumeImportBench(): Promise<void> {
  console.log(`\nResume import: ${LABELLED_RESUMES.length} labelled resumes × ${FORMATS.join(', ')}`);
  const full: FieldResult[] = [];
  const baseline: FieldResult[] = [];
  const times: Record<Format, number[]> = { pdf: [], docx: [], txt: [] };
  const readOnly: Record<Format, number[]> = { pdf: [], docx: [], txt: [] };
  // The first PDF loads pdf.js and its worker; that one-off cost is printed on its own.
  const first = LABELLED_RESUMES[0];
  if (first) {
    const cold = await timeIt(async () => importResume('cold.pdf', await renderLabelled(first, 'pdf')));
    line('pdf: first import (loads pdf.js)', `${fmt(cold.ms, 0)} ms`);
  }
  for (const item of LABELLED_RESUMES)
    for (const format of FORMATS) {
      const bytes = await renderLabelled(item, format);
      const { result, ms } = await timeIt(() => importResume(`${item.id}.${format}`, bytes));
      times[format].push(ms);
      full.push(...scoreImport(item.resume, result.resume));
      const read = await timeIt(() => linesOf(bytes, format));
      readOnly[format].push(read.ms);
      baseline.push(...scoreImport(item.resume, linesToResume(flat(read.result), [])));
    }
  const base = summarise(baseline);
  for (const row of summarise(full)) {
    const b = base.find((r) => r.kind === row.kind);
    line(
      `exact ${row.kind}`,
      `${fmt((row.exact / row.total) * 100, 1)}% of ${row.total} (baseline without layout ${fmt(((b?.exact ?? 0) / (b?.total ?? 1)) * 100, 1)}%; target ≥ 95%)`,
    );
  }
  for (const format of FORMATS)
    line(
      `${format}: import p50 / p95`,
      `${fmt(percentile(times[format], 50), 1)} ms / ${fmt(percentile(times[format], 95), 1)} ms (reading lines alone p50 ${fmt(percentile(readOnly[format], 50), 1)} ms)`,
    );
  await heldOut();
}

/** The resumes written after the importer was done, in layouts it never saw: reported, never tuned on. */
async function heldOut(): Promise<void> {
  const results: FieldResult[] = [];
  for (const item of HELD_OUT)
    for (const format of FORMATS) {
      const bytes =
        format === 'pdf'
          ? await renderPdf(item.lines, false)
          : format === 'docx'
            ? await renderDocx(item.lines, false)
            : new TextEncoder().encode(renderText(item.lines));
      results.push(...scoreImport(item.resume, (await importResume(`${item.id}.${format}`, bytes)).resume));
    }
  console.log(
    `\nHeld out: ${HELD_OUT.length} resumes in layouts the importer was not tuned on × ${FORMATS.join(', ')}`,
  );
  for (const row of summarise(results))
    line(`held-out exact ${row.kind}`, `${fmt((row.exact / row.total) * 100, 1)}% of ${row.total}`);
}
