import type { BackgroundId } from '../../core/fit/backgrounds';
import type { createScorer } from '../../core/fit/create-scorer';
import { fitLabel } from '../../web/src/format';

export type Level = 'strong' | 'some' | 'none';

/** One labelled posting, however it was labelled: by hand here, or by others in ../shared. */
export interface EvaluatedPosting {
  id: string;
  title: string;
  company: string;
  description: string;
  level: Level;
  excluded: boolean;
  /** The backgrounds it suits (empty for "none"); may be empty when a set does not label them. */
  backgrounds: BackgroundId[];
}

export interface FitMetrics {
  postings: number;
  exclusion: { precision: number; recall: number; falseExclusions: string[]; missed: string[] };
  pairwise: { strongOverNone: number; someOverNone: number; strongOverSome: number };
  /** The same pairs, each compared on the score for the background the better posting suits. */
  pairwiseForBackground: { strongOverNone: number; someOverNone: number } | null;
  noneShownAsGoodFit: { share: number; titles: string[] };
}

interface Scored {
  posting: EvaluatedPosting;
  fit: ReturnType<ReturnType<typeof createScorer>>['fit'];
  flagged: boolean;
}

function pairwise(a: Scored[], b: Scored[], score: (p: Scored, better: Scored) => number): number {
  let agree = 0;
  let pairs = 0;
  for (const hi of a)
    for (const lo of b) {
      const h = score(hi, hi);
      const l = score(lo, hi);
      pairs++;
      agree += h > l ? 1 : h === l ? 0.5 : 0;
    }
  return pairs ? agree / pairs : 1;
}

const name = (r: Scored) => `${r.posting.title} (${r.posting.company})`;

/** Exclusion precision and recall, pairwise ordering accuracy and "none shown as Good fit". */
export function measureFit(postings: EvaluatedPosting[], score: ReturnType<typeof createScorer>): FitMetrics {
  const scored: Scored[] = postings.map((posting) => {
    const { fit, excluded } = score(posting);
    return { posting, fit, flagged: excluded !== null };
  });
  const flagged = scored.filter((r) => r.flagged);
  const want = scored.filter((r) => r.posting.excluded);
  const right = flagged.filter((r) => r.posting.excluded);
  const kept = scored.filter((r) => !r.posting.excluded);
  const by = (level: Level) => kept.filter((r) => r.posting.level === level);
  const overall = (p: Scored) => p.fit.score;
  const labelled = kept.some((r) => r.posting.backgrounds.length > 0);
  const forBackground = (p: Scored, better: Scored) =>
    Math.max(...better.posting.backgrounds.map((b) => p.fit.byBackground[b] ?? 0));
  const withBackgrounds = (level: Level) => by(level).filter((r) => r.posting.backgrounds.length > 0);
  const none = by('none');
  const good = none.filter((r) => ['strong', 'good'].includes(fitLabel(r.fit.score).tone));
  return {
    postings: postings.length,
    exclusion: {
      precision: flagged.length ? right.length / flagged.length : 1,
      recall: want.length ? right.length / want.length : 1,
      falseExclusions: flagged.filter((r) => !r.posting.excluded).map(name),
      missed: want.filter((r) => !r.flagged).map(name),
    },
    pairwise: {
      strongOverNone: pairwise(by('strong'), none, overall),
      someOverNone: pairwise(by('some'), none, overall),
      strongOverSome: pairwise(by('strong'), by('some'), overall),
    },
    pairwiseForBackground: labelled
      ? {
          strongOverNone: pairwise(withBackgrounds('strong'), none, forBackground),
          someOverNone: pairwise(withBackgrounds('some'), none, forBackground),
        }
      : null,
    noneShownAsGoodFit: {
      share: none.length ? good.length / none.length : 0,
      titles: good.map((r) => `${r.posting.title} (${Math.round(r.fit.score * 100)}%)`),
    },
  };
}

const f = (n: number) => n.toFixed(3);

/** The figures as the lines the tests print. */
export function formatMetrics(name: string, m: FitMetrics): string {
  return [
    `${name}: ${m.postings} postings`,
    `  exclusion precision ${f(m.exclusion.precision)}, recall ${f(m.exclusion.recall)}${m.exclusion.falseExclusions.length ? `; false: ${m.exclusion.falseExclusions.join('; ')}` : ''}${m.exclusion.missed.length ? `; missed: ${m.exclusion.missed.join('; ')}` : ''}`,
    `  pairwise strong>none ${f(m.pairwise.strongOverNone)}, some>none ${f(m.pairwise.someOverNone)}, strong>some ${f(m.pairwise.strongOverSome)}`,
    m.pairwiseForBackground
      ? `  for the labelled background: strong>none ${f(m.pairwiseForBackground.strongOverNone)}, some>none ${f(m.pairwiseForBackground.someOverNone)}`
      : '  (no background labels in this set)',
    `  "none" shown as Good fit or better: ${(m.noneShownAsGoodFit.share * 100).toFixed(1)}%${m.noneShownAsGoodFit.titles.length ? ` (${m.noneShownAsGoodFit.titles.join('; ')})` : ''}`,
  ].join('\n');
}
