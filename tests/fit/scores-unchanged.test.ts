import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { leadScorer } from '../../crawler/pipeline/lead-scorer';
import type { ScoredLead } from '../../crawler/pipeline/steps';
import { dedupeStep, normaliseStep, scoreStep } from '../../crawler/pipeline/steps';
import { hasSharedData } from '../helpers/shared-data';
import type { EvaluatedPosting } from './fit-metrics';
import { DISTRACTORS } from './labelled-distractors';
import { LABELLED_POSTINGS } from './labelled-postings';
import { loadRealPostings } from './real-postings';

/**
 * Speed work on the normaliser and the scorer must not move a score or a reason. Every labelled
 * posting goes through the pipeline's prepare step (normalise → dedupe → score) and what a seeker
 * would see is compared with the recorded answer. A change meant to move scores (a new
 * SCORER_VERSION) records new answers with `npx vitest run -u tests/fit/scores-unchanged.test.ts`,
 * and the diff shows every posting it moved.
 */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function prepared(
  postings: { id: string; title: string; company: string; description: string }[],
  as: 'answers' | 'digests' = 'answers',
) {
  const raws = postings.map((p) => ({
    raw: rawLeadSchema.parse({
      sourceLeadId: p.id,
      title: p.title,
      company: p.company,
      descriptionHtml: p.description
        .split(/\n+/)
        .filter((l) => l.trim())
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join(''),
      url: `https://careers.example.test/jobs/${p.id}`,
    }),
  }));
  const scored = scoreStep(dedupeStep(normaliseStep(raws).leads), leadScorer());
  // One posting a line: a diff names the postings that moved. The real set stays beside the
  // checkout and nothing drawn from it is kept here (reasons quote its requirements), so its lines
  // hold the posting's id and a digest of the answer.
  const line = (s: ScoredLead) => JSON.stringify(seen(s));
  const digest = (s: ScoredLead) =>
    `${s.lead.sourceLeadId} ${createHash('sha256').update(line(s)).digest('hex').slice(0, 16)}`;
  return `${scored.map(as === 'answers' ? line : digest).join('\n')}\n`;
}

/** What a seeker sees of a scored lead: scores and reasons for every background, exclusion, flags. */
const seen = ({ lead, fit, excluded }: ScoredLead) => ({
  id: lead.sourceLeadId,
  noDegreeRequired: lead.noDegreeRequired,
  score: fit?.score,
  byBackground: fit?.byBackground,
  reasonsByBackground: fit?.reasonsByBackground,
  tracks: fit?.tracks,
  occupations: fit?.occupations.map((o) => o.code),
  lowConfidence: fit?.lowConfidence,
  enforcementRole: fit?.enforcementRole,
  excluded: excluded?.rule ?? null,
});

const OWN: EvaluatedPosting[] = [
  ...LABELLED_POSTINGS.map((p, i) => ({
    id: `own-${i}`,
    title: p.title,
    company: p.employer,
    description: p.description,
    level: 'none' as const,
    excluded: p.excluded,
    backgrounds: [],
  })),
  ...DISTRACTORS.map((p, i) => ({ ...p, id: `distractor-${i}` })),
];

describe('scores and reasons on the labelled sets', () => {
  it('are what they were on our labelled postings and distractors', async () => {
    await expect(prepared(OWN)).toMatchFileSnapshot('__snapshots__/own-set-scores.jsonl');
  });

  it.skipIf(!hasSharedData())('are what they were on the real labelled postings', async () => {
    await expect(prepared(loadRealPostings(), 'digests')).toMatchFileSnapshot(
      '__snapshots__/real-set-scores.txt',
    );
  });
});
