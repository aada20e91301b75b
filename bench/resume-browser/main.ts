import { Packer } from 'docx';
import { translateResumeChecked } from '../../core/resume/check-grammar';
import { harperChecker } from '../../core/resume/grammar/harper-checker';
import { buildDocx } from '../../templates/render-docx';
import { benchProfile } from '../resume-profiles';

/**
 * The in-browser half of `npm run bench -- resume`: the same work the resume page does on export
 * (translate, self-check with Harper's WebAssembly, build the DOCX blob), timed per round, beside
 * the untranslated resume's DOCX as the baseline.
 */
async function run(rounds: number): Promise<{ full: number[]; baseline: number[]; setupMs: number }> {
  const t0 = performance.now();
  const checker = await harperChecker();
  const setupMs = performance.now() - t0;
  const options = { mode: 'private', generalizeEmployer: true } as const;
  // Warm-up rounds (JIT, first WebAssembly calls) use their own profiles, never measured ones.
  for (let i = 0; i < 3; i++)
    await Packer.toBlob(
      buildDocx(
        (await translateResumeChecked(benchProfile(1000 + i), options, checker)).resume,
        'ats-modern',
      ),
    );
  const full: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const profile = benchProfile(i);
    let start = performance.now();
    await Packer.toBlob(
      buildDocx((await translateResumeChecked(profile, options, checker)).resume, 'ats-modern'),
    );
    full.push(performance.now() - start);
    start = performance.now();
    await Packer.toBlob(buildDocx(profile, 'ats-modern'));
    baseline.push(performance.now() - start);
  }
  return { full, baseline, setupMs };
}

(window as unknown as { runResumeBench: typeof run }).runResumeBench = run;
document.body.dataset.ready = 'true';
