import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importMessages, MAX_IMPORT_BYTES, ResumeImportError } from '../../core/resume/import/import-error';
import { importResume } from '../../core/resume/import/import-resume';
import type { CommandContext } from '../command';
import { UsageError } from '../command';

export const resumeImportHelp = [
  'import                  read a PDF, DOCX, .txt or JSON Resume into a JSON Resume (same code as the browser)',
  '--in FILE               with import: the resume to read (.pdf, .docx, .txt, .json)',
  '--out FILE              with import: where to write the JSON Resume',
  '--json                  with import: print the JSON Resume alone on stdout',
];

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `resume import`: the browser's importer on a file, for advisers and scripts. A summary and the
 * importer's notes go to stderr; with `--json`, stdout holds the JSON Resume and nothing else.
 */
export async function runResumeImport({ values, say, print }: CommandContext): Promise<number> {
  if (typeof values.in !== 'string')
    throw new UsageError('--in FILE is required (a .pdf, .docx, .txt or .json)');
  if (typeof values.out !== 'string' && values.json !== true)
    throw new UsageError('give --out resume.json, --json, or both');
  const name = basename(values.in);
  let bytes: Uint8Array;
  try {
    // The size is checked before the file is read, so a huge file is refused without loading it.
    const size = statSync(values.in).size;
    if (size > MAX_IMPORT_BYTES) {
      say(importMessages.tooLarge(name, size));
      return 1;
    }
    bytes = new Uint8Array(readFileSync(values.in));
  } catch (error) {
    throw new UsageError(
      `Cannot read ${values.in}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    const { resume, notes, format } = await importResume(name, bytes);
    const text = `${JSON.stringify(resume, null, 2)}\n`;
    if (typeof values.out === 'string') writeFileSync(values.out, text);
    if (values.json === true) print(text);
    const bullets = (resume.work ?? []).reduce((n, w) => n + (w.highlights?.length ?? 0), 0);
    say(
      `Read ${name} (${format}): ${resume.basics?.name ? 'name' : 'no name'}, ${resume.basics?.email ? 'e-mail' : 'no e-mail'}, ${count(resume.work?.length ?? 0, 'job')} with ${count(bullets, 'bullet')}, ${count(resume.education?.length ?? 0, 'school')}${typeof values.out === 'string' ? `; wrote ${values.out}` : ''}.`,
    );
    for (const note of notes) say(`  check ${note.path}: ${note.message}`);
    return 0;
  } catch (error) {
    if (error instanceof ResumeImportError) {
      say(error.message);
      return 1;
    }
    throw error;
  }
}
