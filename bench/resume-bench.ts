import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resumeSchema } from '../core/resume/resume-schema';
import { translateResume } from '../core/resume/translate-resume';
import { renderDocx } from '../templates/render-docx';
import { fmt, line, percentile, timeIt } from './measure';

/**
 * Time to translate one resume and render it as DOCX on the server, beside a baseline in the same
 * run: rendering the untranslated resume (the translation's own cost is the difference).
 */
export async function resumeBench(rounds = 30): Promise<void> {
  console.log(`\nResume: translate + render DOCX, ${rounds} rounds`);
  const profile = resumeSchema.parse(
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../tests/resume/profiles/deportation-officer.json', import.meta.url)),
        'utf8',
      ),
    ),
  );
  await renderDocx(
    translateResume(profile, { mode: 'private', generalizeEmployer: true }).resume,
    'ats-modern',
  );
  const full: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    full.push(
      (
        await timeIt(async () =>
          renderDocx(
            translateResume(profile, { mode: 'private', generalizeEmployer: true }).resume,
            'ats-modern',
          ),
        )
      ).ms,
    );
    baseline.push((await timeIt(() => renderDocx(profile, 'ats-modern'))).ms);
  }
  line(
    'server: translate + DOCX p50 / p95',
    `${fmt(percentile(full, 50), 1)} ms / ${fmt(percentile(full, 95), 1)} ms (target ≤ 50 ms)`,
  );
  line(
    'baseline: DOCX of the untranslated resume',
    `${fmt(percentile(baseline, 50), 1)} ms / ${fmt(percentile(baseline, 95), 1)} ms`,
  );
}
