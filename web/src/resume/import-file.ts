import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import type { ImportResult } from '../../../core/resume/import/import-resume';

/**
 * Imports a resume file in this browser with the same code the CLI runs. pdf.js and the importer
 * load only when a file is chosen; nothing is uploaded.
 */
export async function importInBrowser(
  file: { name: string; bytes: Uint8Array } | { text: string },
): Promise<ImportResult> {
  const [{ importResume, importText }, { setPdfWorkerSrc }] = await Promise.all([
    import('../../../core/resume/import/import-resume'),
    import('../../../core/resume/import/pdf-lines'),
  ]);
  setPdfWorkerSrc(workerUrl);
  return 'text' in file ? importText(file.text) : importResume(file.name, file.bytes);
}

/** The message to show for a failed import: the importer's own words, or a plain fallback. */
export function importFailure(name: string, error: unknown): string {
  if (error instanceof Error && error.name === 'ResumeImportError') return error.message;
  return `${name} could not be read. Try saving it again as PDF or Word, or paste the text instead.`;
}
