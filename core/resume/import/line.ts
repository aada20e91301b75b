/**
 * One line of an imported resume, whatever the file format: its text, and the layout facts the
 * section and field detection scores (weight, size, gaps, Word heading styles, list markers).
 */
export interface Line {
  /** The text with runs of spacing between columns kept as a single tab. */
  text: string;
  /** Every character of the line is bold (or the paragraph style is bold). */
  bold: boolean;
  /** Font size relative to the document's body text (1 = body). Plain text has 1. */
  size: number;
  /** Blank space above the line, in body line heights (0 when it follows directly). */
  gapBefore: number;
  /** A Word heading or title style on the paragraph: 0 for Title, 1 to 9 for Heading 1..9. */
  headingLevel?: number;
  /** The line began with a list marker (•, -, *, a Word numbered or bulleted list). */
  bullet: boolean;
  /** The line runs to the right margin, so the next line may continue its sentence (a wrap). */
  full?: boolean;
}

const BULLET = /^\s*(?:[•●▪■◦‣∙·○◆►▶✓✔➢➤*-]|\d{1,2}[.)])\s+/;

/** Strips a leading list marker, reporting whether there was one. */
export function stripBullet(text: string): { text: string; bullet: boolean } {
  const match = BULLET.exec(text);
  return match
    ? { text: text.slice(match[0].length).trim(), bullet: true }
    : { text: text.trim(), bullet: false };
}

/** Normalises whitespace: non-breaking and odd spaces to plain ones, column gaps to one tab. */
export function tidyText(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[ ]*\t[\t ]*/g, '\t')
    .replace(/ {2,}/g, ' ')
    .trim();
}
