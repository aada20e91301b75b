import type { Resume } from '../core/resume/resume-schema';
import { resumeSchema } from '../core/resume/resume-schema';
import bpa from '../tests/resume/profiles/border-patrol-agent.json';
import ofo from '../tests/resume/profiles/cbp-officer-ofo.json';
import officer from '../tests/resume/profiles/deportation-officer.json';
import nonDetained from '../tests/resume/profiles/ero-non-detained.json';
import hr from '../tests/resume/profiles/hr-specialist.json';
import analyst from '../tests/resume/profiles/intelligence-analyst.json';
import support from '../tests/resume/profiles/mission-support.json';
import agent from '../tests/resume/profiles/special-agent.json';

const PROFILES: Resume[] = [bpa, ofo, officer, nonDetained, hr, analyst, support, agent].map((p) =>
  resumeSchema.parse(p),
);

/**
 * The profile for one round: the eight test profiles in turn, each with its figures shifted by the
 * round number, so no round reads text an earlier round already checked (the grammar checker
 * caches by text, and a benchmark that hit the cache would measure nothing).
 */
export function benchProfile(round: number): Resume {
  const p = structuredClone(PROFILES[round % PROFILES.length] as Resume);
  const shift = (s: string) => s.replace(/\b(\d+)\b/, (n) => String(Number(n) + round + 1));
  if (p.basics?.summary) p.basics.summary = shift(p.basics.summary);
  for (const job of p.work ?? []) job.highlights = job.highlights?.map(shift);
  return p;
}

/**
 * Times `full` (translate, check, render) and `baseline` (render the untranslated resume) over
 * `rounds` fresh profiles, after three warm-up rounds on profiles no measured round uses.
 */
export async function timeRounds(
  rounds: number,
  full: (p: Resume) => Promise<unknown>,
  baseline: (p: Resume) => Promise<unknown>,
): Promise<{ full: number[]; baseline: number[] }> {
  for (let i = 0; i < 3; i++) await full(benchProfile(1000 + i));
  const out = { full: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const profile = benchProfile(i);
    let start = performance.now();
    await full(profile);
    out.full.push(performance.now() - start);
    start = performance.now();
    await baseline(profile);
    out.baseline.push(performance.now() - start);
  }
  return out;
}
