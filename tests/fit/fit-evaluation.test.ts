import { describe, expect, it } from 'vitest';
import { createScorer } from '../../core/fit/create-scorer';
import type { EvaluatedPosting } from './fit-metrics';
import { formatMetrics, measureFit } from './fit-metrics';
import { DISTRACTORS } from './labelled-distractors';
import { LABELLED_POSTINGS } from './labelled-postings';

const LEVEL = { high: 'strong', medium: 'some', low: 'none' } as const;

/** The hand-labelled postings and the hard distractors, as one evaluation set. */
const OWN_SET: EvaluatedPosting[] = [
  ...LABELLED_POSTINGS.map((p, i) => ({
    id: `own-${i}`,
    title: p.title,
    company: p.employer,
    description: p.description,
    level: LEVEL[p.fit],
    excluded: p.excluded,
    backgrounds: [],
  })),
  ...DISTRACTORS.map((p, i) => ({ ...p, id: `distractor-${i}` })),
];

/**
 * Measures fit and exclusion on postings labelled by hand, with the measures: exclusion
 * precision and recall, pairwise strong>none, some>none and strong>some, and the share of "none"
 * postings shown as "Good fit".
 */
describe('fit and exclusion on our labelled postings', () => {
  const score = createScorer();
  const metrics = measureFit(OWN_SET, score);
  console.log(formatMetrics('our labelled postings and distractors', metrics));
  const fitOf = (title: string, company?: string) => {
    const posting = OWN_SET.find((p) => p.title === title && (!company || p.company === company));
    if (!posting) throw new Error(`no labelled posting "${title}"`);
    return score(posting);
  };

  it('has at least 110 labelled postings', () => {
    expect(OWN_SET.length).toBeGreaterThanOrEqual(110);
  });

  it('excludes immigration enforcement, detention and their contractors, and nothing else', () => {
    expect(metrics.exclusion.falseExclusions).toEqual([]);
    expect(metrics.exclusion.missed).toEqual([]);
  });

  it('ranks suitable postings above unsuitable ones', () => {
    expect(metrics.pairwise.strongOverNone).toBeGreaterThanOrEqual(0.95);
    expect(metrics.pairwise.someOverNone).toBeGreaterThanOrEqual(0.85);
    expect(metrics.noneShownAsGoodFit.titles).toEqual([]);
  });

  it('places postings in their expected tracks', () => {
    const withTracks = LABELLED_POSTINGS.filter((p) => p.tracks.length > 0);
    const hits = withTracks.filter((p) => {
      const { fit } = score({ title: p.title, company: p.employer, description: p.description });
      return p.tracks.some((t) => fit.tracks.includes(t));
    }).length;
    console.log(`track recall ${(hits / withTracks.length).toFixed(3)} (${hits} of ${withTracks.length})`);
    expect(hits / withTracks.length).toBeGreaterThanOrEqual(0.93);
  });

  it('keeps engineering, clinical and word-trap titles out of enforcement tracks', () => {
    for (const title of [
      'Security Engineer, Cloud',
      'Detection Engineer',
      'SOC Analyst II (CISSP required)',
      'Fraud Data Scientist',
      'Clinical Investigator',
      'Data Analyst, Investigations',
      'Ice Rink Operations Manager',
    ])
      expect({ title, tracks: fitOf(title).fit.tracks }).toEqual({ title, tracks: [] });
    expect(fitOf('Caseworker').excluded).toBeNull();
  });

  it('flags sworn and armed roles so a seeker can hide them', () => {
    const flagged = (title: string) => fitOf(title).fit.enforcementRole;
    expect(flagged('Police Officer')).toBe(true);
    expect(flagged('University Police Officer')).toBe(true);
    expect(flagged('Deputy Sheriff')).toBe(true);
    expect(flagged('Armed Security Officer')).toBe(true);
    expect(flagged('Criminal Investigator (Special Agent)')).toBe(true);
    expect(flagged('Fraud Investigator')).toBe(false);
    expect(flagged('Records Specialist')).toBe(false);
    expect(flagged('Clinical Investigator')).toBe(false);
    // Postings that never say "police" or "armed" in the title: an OIG special agent, and a ranger
    // job whose requirements carry the firearm and the arrest powers.
    const role = (title: string, company: string, description: string) =>
      score({ title, company, description }).fit.enforcementRole;
    expect(
      role(
        'Special Agent',
        'Office of Inspector General, U.S. Department of Labor',
        'Conduct criminal investigations of fraud in labor programs. Work with U.S. Attorneys.',
      ),
    ).toBe(true);
    expect(
      role(
        'Park Ranger',
        'State Parks Department',
        'Protect visitors and resources. Must complete firearms qualification twice a year. Exercises arrest authority for state park regulations.',
      ),
    ).toBe(true);
    expect(
      role(
        'Park Ranger (Interpretation)',
        'State Parks Department',
        'Lead guided walks and school programs. Write visitor guides and keep the nature centre open.',
      ),
    ).toBe(false);
  });

  it('explains a good fit in the seeker’s terms first, with no O*NET codes and no repeats', () => {
    const { fit } = fitOf('Fraud Investigator');
    expect(fit.reasonsByBackground?.['criminal-investigator']).toEqual([
      'Fraud and claims investigation: the same kind of work you did as a criminal investigator',
      'Asks for investigations, interviewing and report writing — your daily work',
      'Says law-enforcement experience is valued',
    ]);
    expect(fit.occupations[0]).toEqual({
      code: '13-2099.04',
      title: 'Fraud Examiners, Investigators and Analysts',
    });
    for (const posting of OWN_SET) {
      const reasons = score(posting).fit.reasons;
      expect(reasons.join(' ')).not.toMatch(/O\*NET|\d{2}-\d{4}\.\d{2}/);
      expect(new Set(reasons).size).toBe(reasons.length);
    }
  });

  it('names a missing hard requirement and keeps the score below Good fit', () => {
    const { fit } = fitOf('Forensic Accountant');
    expect(fit.reasons).toContain('Needs a CPA licence');
    expect(fit.score).toBeLessThan(0.55);
    expect(fitOf('Compliance Counsel').fit.reasons).toContain('Needs admission to a state bar');
  });

  it('says when it cannot tell the work from the title, and never calls that a Good fit', () => {
    const { fit } = score({
      title: 'Operator',
      company: 'Acme',
      description: 'Shift work. Investigate alarms and write reports.',
    });
    expect(fit.lowConfidence).toBe(true);
    expect(fit.reasons).toContain(
      'Offramp could not tell the work from the title, so this score is a rough guess',
    );
    expect(fit.score).toBeLessThan(0.55);
    // The guess is not stated as fact in the first reason either.
    expect(fit.reasons[0]).not.toMatch(/^(Builds on|Uses part of|The same kind)/);
  });

  it('hedges the first reason of a title it cannot read, instead of claiming the job builds on the seeker’s work', () => {
    const { fit } = score({
      title: 'Partner Development Representative',
      company: 'Acme',
      description: 'Keep partner records and case files up to date, track budgets and schedule meetings.',
    });
    expect(fit.lowConfidence).toBe(true);
    expect(fit.reasonsByBackground?.['federal-admin']?.[0]).toBe(
      'It may use some of your work as federal mission-support staff, but the title does not say enough to be sure',
    );
  });

  it('reads abbreviated federal titles as the full ones: "Supvy Intel Spec" is a supervisory intelligence specialist', () => {
    const read = (title: string) =>
      score({ title, company: 'U.S. Coast Guard', description: 'Duties as the title says.' }).fit;
    const intel = read('Supvy Intel Spec');
    expect(intel.lowConfidence).toBe(false);
    expect(intel.reasonsByBackground?.['intelligence-analysis']?.[0]).toBe(
      'Intelligence analysis: the same kind of work you did as an intelligence analyst',
    );
    const emergency = read('Emergency Mgmt Spec');
    expect([emergency.lowConfidence, emergency.tracks]).toEqual([false, ['emergency-management']]);
  });

  it('names the job’s own occupation in the first reason when it is only related to the background', () => {
    const { fit } = score({
      title: 'Training Specialist',
      company: 'Amazon',
      description: 'Design and deliver training for new hires, track completion and coach trainers.',
    });
    expect(fit.reasonsByBackground?.['federal-admin']?.[0]).toBe(
      'Training and Development Specialists do work close to yours as federal mission-support staff',
    );
  });

  it('reads a global security operations centre as corporate security, not cybersecurity', () => {
    const { fit } = score({
      title: 'Global Security Operations Center Analyst',
      company: 'Salesforce',
      description:
        'Monitor world events and threats to people and offices, run threat assessments and answer access-control alarms.',
    });
    expect(fit.tracks).toContain('corporate-security');
    expect(fit.score).toBeGreaterThanOrEqual(0.5);
  });

  it('does not call a shared word the seeker’s daily work in a job of another profession', () => {
    const { fit } = score({
      title: 'Dentist',
      company: 'State of Michigan',
      description:
        'Provide dental care to patients. Ensure compliance with infection-control rules and document every visit.',
    });
    expect(fit.reasonsByBackground?.['criminal-investigator']?.[0]).toBe(
      'This is clinical and medical work: it needs training of its own, beyond what a criminal investigator brings',
    );
    expect(fit.reasonsByBackground?.['criminal-investigator']?.join(' ')).not.toMatch(/your daily work/);
  });
});
