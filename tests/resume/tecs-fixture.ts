import type { Change } from '../../core/resume/change';
import type { Resume } from '../../core/resume/resume-schema';
import type { Translation } from '../../core/resume/translate-resume';

/**
 * Resumes whose bullets each name TECS once, and translations that replace it: the fixture of the
 * grammar-check tests, in process and on the worker threads. The long bullet puts the edit
 * mid-sentence, far from both ends, since the check reads only the words around each edit.
 */
export const LONG =
  'Over twelve years of service, reviewed files and queried TECS for every traveler at the port of entry.';

/** A rewrite that adds no problem. */
export const GOOD = 'a law enforcement records system';

/**
 * The resume with `bullets`, and its translation with TECS in bullet k replaced by
 * `replacements[k]` (each with `fallback` as its plain gloss, when given).
 */
export function tecsTranslation(
  bullets: string[],
  replacements: string[],
  fallback?: string,
): { original: Resume; translation: Translation } {
  const changes: Change[] = bullets.map((text, k) => {
    const start = text.indexOf('TECS');
    const path = `work[0].highlights[${k}]`;
    return {
      id: `${path}@${start}`,
      path,
      start,
      end: start + 4,
      original: 'TECS',
      replacement: replacements[k] ?? GOOD,
      rule: 'glossary:TECS',
      reason: 'Internal system names mean nothing to other employers.',
      ...(fallback ? { fallback } : {}),
    };
  });
  return {
    original: { work: [{ highlights: bullets }] },
    translation: {
      resume: { work: [{ highlights: bullets.map((b, k) => b.replace('TECS', replacements[k] ?? GOOD)) }] },
      titleOptions: {},
      changes,
    },
  };
}
