/** Why a file could not be imported, in words for the seeker, with what to do next. */
export type ImportErrorCode = 'too-large' | 'encrypted' | 'scanned' | 'corrupt' | 'unsupported' | 'empty';

export class ResumeImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ResumeImportError';
  }
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const importMessages = {
  tooLarge: (name: string, bytes: number) =>
    `${name} is ${megabytes(bytes)}; the limit is 10 MB. Save a copy without pictures, or paste the text instead.`,
  encrypted: (name: string) =>
    `${name} is protected by a password, so its text cannot be read. Open it, save or print a copy without the password (Print → Save as PDF), and import that copy, or paste the text instead.`,
  scanned: (name: string) =>
    `${name} holds pictures of pages (a scan), not text, so there is nothing to read. Paste the text instead, or import the original Word or PDF file.`,
  corrupt: (name: string, kind: string) =>
    `${name} could not be opened as a ${kind}: the file is damaged or is not really a ${kind}. Save it again from the program that made it, or paste the text instead.`,
  unsupported: (name: string) =>
    `${name} is not a format the builder reads. Use a PDF, a Word .docx file, a .txt file or a JSON Resume, or paste the text instead. (For an old Word .doc, save it as .docx first.)`,
  empty: (name: string) => `${name} has no text in it. Paste the text of your resume instead.`,
};
