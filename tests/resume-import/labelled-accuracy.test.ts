import { describe, expect, it } from 'vitest';
import { importResume } from '../../core/resume/import/import-resume';
import { LABELLED_RESUMES } from './labelled-resumes';
import { FORMATS, renderLabelled } from './render-labelled';
import type { FieldResult } from './score-import';
import { scoreImport, summarise } from './score-import';

describe('import accuracy on the labelled set (15 resumes, each as PDF, DOCX and text)', () => {
  const results: FieldResult[] = [];

  for (const item of LABELLED_RESUMES)
    for (const format of FORMATS)
      it(`reads ${item.id}.${format} (${item.layout})`, async () => {
        const { resume } = await importResume(`${item.id}.${format}`, await renderLabelled(item, format));
        const scored = scoreImport(item.resume, resume);
        results.push(...scored);
        // Every field is listed when one is wrong, so a failure says which and how.
        expect(scored.filter((r) => !r.exact)).toEqual([]);
      });

  it('gets at least 95% of the labelled fields exact, and reports each kind', () => {
    const rows = summarise(results);
    console.table(rows.map((r) => ({ ...r, percent: ((r.exact / r.total) * 100).toFixed(1) })));
    const all = rows.find((r) => r.kind === 'all');
    expect(all?.total).toBe(696);
    expect((all?.exact ?? 0) / (all?.total ?? 1)).toBeGreaterThanOrEqual(0.95);
  });
});
