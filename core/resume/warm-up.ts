import { glossarySentences } from './glossary-sentences';
import type { Resume } from './resume-schema';
import { translateResume } from './translate-resume';

/**
 * A resume made only of the glossary: every entry's term in a bullet, singular and plural, after
 * an article and inside a longer sentence. Nobody's data; it exists so that a process can run
 * the translator over every rule once before it serves a seeker.
 */
export function glossaryResume(): Resume {
  const highlights = glossarySentences();
  const chunk = 40;
  return {
    basics: {
      name: 'Sample Resume',
      label: 'Supervisory Border Patrol Agent (GS-1896-13)',
      summary: 'Deportation Officer, GS-1801-12, with ICE ERO and CBP OFO; TS/SCI with CI poly.',
    },
    work: Array.from({ length: Math.ceil(highlights.length / chunk) }, (_, i) => ({
      name: i % 2 === 0 ? 'U.S. Immigration and Customs Enforcement' : 'U.S. Customs and Border Protection',
      position: i % 2 === 0 ? 'Deportation Officer, GS-1801-12' : 'CBP Officer (GS-1895-11)',
      startDate: '2015-01',
      highlights: highlights.slice(i * chunk, (i + 1) * chunk),
    })),
    skills: [{ name: 'Systems', keywords: ['TECS', 'EARM', 'ENFORCE', 'IDENT'] }],
  };
}

/**
 * Runs the translator once over `glossaryResume()` in each mode, a job at a time with a turn of
 * the event loop between (no step blocks a server for long), and hands each translated sample to
 * `render` (the server passes its DOCX renderer). Measured on this host, the first resume of a
 * kind a fresh process reads costs three to ten times a later one, whatever its words: V8 compiles
 * the rule paths, compromise's inflection and the DOCX builder the first time each runs. A server
 * calls this once at start, so no seeker pays that. It keeps nothing a seeker wrote, and a later
 * translation's output does not depend on whether it ran.
 */
export async function warmUpTranslator(render?: (resume: Resume) => Promise<unknown>): Promise<void> {
  const sample = glossaryResume();
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  for (const mode of ['private', 'federal'] as const)
    for (const generalizeEmployer of [true, false]) {
      for (const job of sample.work ?? []) {
        translateResume({ work: [job] }, { mode, generalizeEmployer });
        await turn();
      }
      const { resume } = translateResume(
        { ...sample, work: sample.work?.slice(0, 1) },
        { mode, generalizeEmployer },
      );
      await render?.(resume);
      await turn();
    }
}
