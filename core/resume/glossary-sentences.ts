import { GLOSSARY } from './glossary';

/**
 * Two sentences for every glossary entry: its term after an article, then in the plural inside a
 * longer sentence beside one of its own gloss words. Nobody's data: the translator's and the
 * grammar checker's warm-ups read these so that a process runs its code paths once before it
 * reads a seeker's resume.
 */
export function glossarySentences(): string[] {
  return GLOSSARY.flatMap((g) => {
    const word = g.civilian.split(' ').find((w) => w.length > 3) ?? 'case';
    return [
      `Worked with the ${g.term} on 12 cases.`,
      `Reviewed ${g.term}s and ${word} files with a team of 6 every week.`,
    ];
  });
}
