import type { Line } from './line';
import { stripBullet, tidyText } from './line';

/**
 * Plain text (pasted or .txt) as lines. Blank lines become gaps; three or more spaces between words
 * are read as a column gap, as in a resume laid out with the space bar.
 */
export function textLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = 0;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const spaced = raw.replace(/\S {3,}(?=\S)/g, (m) => `${m[0]}\t`);
    const { text: body, bullet } = stripBullet(tidyText(spaced));
    if (!body) {
      blank++;
      continue;
    }
    lines.push({
      text: body,
      bold: false,
      size: 1,
      gapBefore: Math.min(blank, 2),
      bullet,
      full: body.length >= 68,
    });
    blank = 0;
  }
  return lines;
}
