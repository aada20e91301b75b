import type { Resume } from '../resume-schema';
import { resumeSchema } from '../resume-schema';
import { docxLines } from './docx-lines';
import { importMessages, MAX_IMPORT_BYTES, ResumeImportError } from './import-error';
import type { Line } from './line';
import { linesToResume } from './lines-to-resume';
import type { ImportNote } from './notes';
import { PdfReadError, pdfLines } from './pdf-lines';
import { textLines } from './text-lines';

export type ImportFormat = 'pdf' | 'docx' | 'text' | 'json';

export interface ImportResult {
  resume: Resume;
  notes: ImportNote[];
  format: ImportFormat;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The format from the first bytes (a renamed file is read for what it is), then the name. */
function sniff(name: string, bytes: Uint8Array): ImportFormat | 'doc' | 'unknown' {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc';
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'json') return 'json';
  return ext === undefined || ext === 'txt' || ext === 'text' || ext === 'md' ? 'text' : 'unknown';
}

/**
 * Fields the schema refuses (a date the parser misread, say) are dropped one by one with a note, so
 * an import never fails on one odd field.
 */
function validate(resume: Resume, notes: ImportNote[]): Resume {
  const current: unknown = resume;
  for (let round = 0; round < 50; round++) {
    const parsed = resumeSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    if (!issue || issue.path.length === 0) break;
    const keys = issue.path.map(String);
    const last = keys.pop();
    let parent = current as Record<string, unknown>;
    for (const k of keys) parent = parent[k] as Record<string, unknown>;
    if (last !== undefined) delete parent[last];
    notes.push({
      path: issue.path.join('.'),
      message: `This could not be read (${issue.message}); please fill it in.`,
    });
  }
  return {};
}

/** Reads the text of a resume or position description into lines, whatever its format. */
async function readLines(name: string, bytes: Uint8Array, format: 'pdf' | 'docx' | 'text'): Promise<Line[]> {
  if (format === 'pdf') {
    try {
      return await pdfLines(bytes);
    } catch (error) {
      if (!(error instanceof PdfReadError))
        throw new ResumeImportError('corrupt', importMessages.corrupt(name, 'PDF'));
      if (error.problem === 'encrypted')
        throw new ResumeImportError('encrypted', importMessages.encrypted(name));
      if (error.problem === 'scanned') throw new ResumeImportError('scanned', importMessages.scanned(name));
      if (error.problem === 'empty') throw new ResumeImportError('empty', importMessages.empty(name));
      throw new ResumeImportError('corrupt', importMessages.corrupt(name, 'PDF'));
    }
  }
  if (format === 'docx') {
    try {
      return await docxLines(bytes);
    } catch {
      throw new ResumeImportError('corrupt', importMessages.corrupt(name, 'Word document'));
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ResumeImportError('unsupported', importMessages.unsupported(name));
  }
  return textLines(text);
}

/**
 * Imports a resume from a PDF, a Word .docx, plain text or a JSON Resume, the same way in the
 * browser and in the CLI. Throws `ResumeImportError` with a message for the seeker.
 */
export async function importResume(name: string, bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new ResumeImportError('too-large', importMessages.tooLarge(name, bytes.byteLength));
  const sniffed = sniff(name, bytes);
  if (sniffed === 'doc' || sniffed === 'unknown')
    throw new ResumeImportError('unsupported', importMessages.unsupported(name));
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (sniffed === 'json' || (sniffed === 'text' && head.startsWith('{'))) return importJson(name, bytes);
  const notes: ImportNote[] = [];
  const lines = await readLines(name, bytes, sniffed);
  if (lines.length === 0) throw new ResumeImportError('empty', importMessages.empty(name));
  return { resume: validate(linesToResume(lines, notes), notes), notes, format: sniffed };
}

/** Pasted text goes through the same detection as a .txt file. */
export const importText = (text: string) => importResume('The pasted text', new TextEncoder().encode(text));

function importJson(name: string, bytes: Uint8Array): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new ResumeImportError(
      'corrupt',
      `${name} is not valid JSON (${(error as Error).message}). Export it again, or paste the text instead.`,
    );
  }
  const parsed = resumeSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ResumeImportError(
      'corrupt',
      `${name} is not a valid JSON Resume: ${issue?.path.join('.') || '(file)'}: ${issue?.message}. Fix that field, or paste the text instead.`,
    );
  }
  return { resume: parsed.data, notes: [], format: 'json' };
}
