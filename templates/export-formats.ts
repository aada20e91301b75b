import type { Resume } from '../core/resume/resume-schema';
import type { Paper } from './render-pdf';
import type { TemplateId } from './templates';

export interface ExportRequest {
  resume: Resume;
  template: TemplateId;
  paper: Paper;
}

export interface ExportFormatSpec {
  /** What a download button calls the format. */
  label: string;
  /** The file name's ending, without the dot; the CLI picks the format by it. */
  extension: string;
  mediaType: string;
  /**
   * The file's contents. Renderers load lazily so that the web app's search pages never carry the
   * DOCX or PDF libraries; the same code runs in the browser, the API and the CLI.
   */
  render(request: ExportRequest): Promise<Uint8Array | string>;
}

/**
 * Every export format, in the order download buttons show them. The web app, the API's render route
 * and the CLI's `resume translate --out` all read this one registry, so a format added here without
 * a renderer fails to compile, and a format not added here exists nowhere.
 */
export const EXPORT_FORMATS = {
  docx: {
    label: 'DOCX',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    async render({ resume, template }) {
      const [{ Packer }, { buildDocx }] = await Promise.all([import('docx'), import('./render-docx')]);
      return new Uint8Array(await Packer.toArrayBuffer(buildDocx(resume, template)));
    },
  },
  pdf: {
    label: 'PDF',
    extension: 'pdf',
    mediaType: 'application/pdf',
    async render({ resume, template, paper }) {
      const { renderPdf } = await import('./render-pdf');
      return renderPdf(resume, template, paper);
    },
  },
  json: {
    label: 'JSON Resume',
    extension: 'json',
    mediaType: 'application/json',
    async render({ resume }) {
      const { renderJsonResume } = await import('./render-text');
      return renderJsonResume(resume);
    },
  },
  md: {
    label: 'Markdown',
    extension: 'md',
    mediaType: 'text/markdown; charset=utf-8',
    async render({ resume, template }) {
      const { renderMarkdown } = await import('./render-text');
      return renderMarkdown(resume, template);
    },
  },
  txt: {
    label: 'Plain text',
    extension: 'txt',
    mediaType: 'text/plain; charset=utf-8',
    async render({ resume, template }) {
      const { renderPlainText } = await import('./render-text');
      return renderPlainText(resume, template);
    },
  },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const exportFormatIds = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** The format a file name asks for, by its ending, or null. */
export function exportFormatForFile(fileName: string): ExportFormat | null {
  const ending = fileName.toLowerCase().split('.').pop() ?? '';
  return exportFormatIds.find((id) => EXPORT_FORMATS[id].extension === ending) ?? null;
}

/** "…, .md or .txt": the endings, for usage lines and error messages. */
export function exportEndingsText(): string {
  const endings = exportFormatIds.map((id) => `.${EXPORT_FORMATS[id].extension}`);
  return `${endings.slice(0, -1).join(', ')} or ${endings.at(-1)}`;
}
