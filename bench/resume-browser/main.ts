import { Packer } from 'docx';
import { translateResumeChecked } from '../../core/resume/check-grammar';
import { harperChecker } from '../../core/resume/grammar/harper-checker';
import { buildDocx } from '../../templates/render-docx';
import { timeRounds } from '../resume-profiles';

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
  const { full, baseline } = await timeRounds(
    rounds,
    async (p) =>
      Packer.toBlob(buildDocx((await translateResumeChecked(p, options, checker)).resume, 'ats-modern')),
    (p) => Packer.toBlob(buildDocx(p, 'ats-modern')),
  );
  return { full, baseline, setupMs };
}

(window as unknown as { runResumeBench: typeof run }).runResumeBench = run;
document.body.dataset.ready = 'true';
