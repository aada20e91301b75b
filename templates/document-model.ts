/** A resume as a sequence of layout blocks, shared by the DOCX, PDF, Markdown and text renderers. */
export type Block =
  | { kind: 'name'; text: string }
  | { kind: 'contact'; text: string }
  | { kind: 'heading'; text: string }
  /** A job, school or project: the title on its own line, then the subtitle with the dates right-aligned. */
  | { kind: 'entry'; title: string; subtitle: string; dates: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string };

export interface TemplateStyle {
  /** A font every word processor has, so ATS parsers and readers see the same thing. */
  font: 'Calibri' | 'Arial' | 'Georgia' | 'Times New Roman';
  pdfFont: 'Helvetica' | 'TimesRoman';
  bodySize: number;
  headingSize: number;
  nameSize: number;
  /** Hex without '#', for headings. */
  accent: string;
  uppercaseHeadings: boolean;
}
