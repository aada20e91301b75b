import { decodeText } from './html';

/**
 * A title as a person would write it: entities decoded, whitespace collapsed, and the bits ATS
 * boards bolt on for their own filters removed (requisition numbers, "(m/f/d)", trailing separators).
 */
export function cleanTitle(raw: string): string {
  return decodeText(raw)
    .replace(/\s+/g, ' ')
    .replace(/\((?:m|f|w|d|x)(?:\s*\/\s*(?:m|f|w|d|x|div))+\)/gi, '')
    .replace(/\s*[-–|]\s*(?:req(?:uisition)?\.?\s*#?|job\s*id:?)\s*[\w-]+$/i, '')
    .replace(/\s*\((?:req(?:uisition)?\.?\s*#?|job\s*id:?)\s*[\w-]+\)$/i, '')
    .replace(/^[\s\-–|:,*]+|[\s\-–|:,*]+$/g, '')
    .trim();
}
