import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { scannedPdf } from './bad-files';
import { LABELLED_RESUMES } from './labelled-resumes';
import { renderLabelled } from './render-labelled';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const dir = mkdtempSync(join(tmpdir(), 'offramp-import-'));
  const code = await runCli(
    argv,
    { OFFRAMP_DATA_DIR: dir, LOG_LEVEL: 'silent' },
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    },
  );
  return { code, stdout, stderr, dir };
}

describe('npm run offramp -- resume import', () => {
  const item = LABELLED_RESUMES.find((r) => r.id === 'cbp-officer-usajobs');

  it('prints the JSON Resume alone on stdout with --json and a summary on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-import-in-'));
    const file = join(dir, 'usajobs.docx');
    if (!item) throw new Error('labelled resume missing');
    writeFileSync(file, await renderLabelled(item, 'docx'));
    const out = join(dir, 'out.json');
    const { code, stdout, stderr } = await run(['resume', 'import', '--in', file, '--out', out, '--json']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.work[0]).toMatchObject({
      position: 'Customs and Border Protection Officer',
      'x-federal': { series: '1895', grade: 'GS-12', hoursPerWeek: 40 },
    });
    expect(stderr.split('\n')[0]).toBe(
      `Read usajobs.docx (docx): name, e-mail, 2 jobs with 5 bullets, 1 school; wrote ${out}.`,
    );
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(printed);
  });

  it('says to paste the text when the PDF is a scan, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-import-in-'));
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, await scannedPdf());
    const { code, stdout, stderr } = await run(['resume', 'import', '--in', file, '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'scan.pdf holds pictures of pages (a scan), not text, so there is nothing to read. Paste the text instead',
    );
  });
});
