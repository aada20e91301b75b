import { decodeText } from './html';

/**
 * A title as a person would write it: entities decoded, whitespace collapsed, and the bits ATS
 * boards bolt on for their own filters removed (requisition numbers, "(m/f/d)", trailing separators).
 */
export function cleanTitle(raw: string): string {
  const cleaned = decodeText(raw)
    .replace(/\s+/g, ' ')
    .replace(/\((?:m|f|w|d|x)(?:\s*\/\s*(?:m|f|w|d|x|div))+\)/gi, '')
    .replace(/\s*[-–|]\s*(?:req(?:uisition)?\.?\s*#?|job\s*id:?)\s*[\w-]+$/i, '')
    .replace(/\s*\((?:req(?:uisition)?\.?\s*#?|job\s*id:?)\s*[\w-]+\)$/i, '')
    .replace(/^[\s\-–|:,*]+|[\s\-–|:,*]+$/g, '')
    // What a removed tag leaves behind: "Accountant  - Berlin" → "Accountant - Berlin".
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /[a-z]/.test(cleaned) || cleaned.length < 5 ? cleaned : titleCase(cleaned);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/** USAJOBS and some RSS feeds shout: "CRIMINAL INVESTIGATOR (FRAUD)" → "Criminal Investigator (Fraud)". */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[a-z][a-z']*/g, (word, offset: number) =>
      offset > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    );
}
