import type { Edit } from '../change';
import { singularWord } from './english';

const key = (phrase: string) =>
  phrase
    .toLowerCase()
    .replace(/^(?:an?|the) /, '')
    .split(/\s+/)
    .map(singularWord)
    .join(' ');

/** Between two coordinated terms: "and", "or", a comma or a slash. */
const COORDINATOR = /^(?:,? (?:and|or)|,|\/|&| &) ?$/;

/**
 * "SF-52s and PARs" are two codes for one document, and both become "personnel action requests":
 * a civilian reader would see the same words twice. When a proposal would repeat the accepted
 * edit just before it, across an "and", "or", comma or slash, it becomes the removal of itself and
 * the word joining it instead, and says why.
 */
export function withoutRepeat<P extends Pick<Edit, 'start' | 'end' | 'replacement' | 'reason'>>(
  text: string,
  accepted: Pick<Edit, 'end' | 'replacement'>[],
  p: P,
): P {
  const prev = accepted.filter((e) => e.end <= p.start).sort((a, b) => b.end - a.end)[0];
  if (
    !prev?.replacement ||
    !p.replacement ||
    !COORDINATOR.test(text.slice(prev.end, p.start)) ||
    key(prev.replacement) !== key(p.replacement)
  )
    return p;
  return {
    ...p,
    start: prev.end,
    replacement: '',
    reason: `${p.reason} It means the same as the term before it, so it is said once.`,
  };
}
