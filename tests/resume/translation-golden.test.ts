import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../core/resume/data/glossary';
import { lintResume } from '../../core/resume/lint-resume';
import type { Resume } from '../../core/resume/resume-schema';
import { resumeSchema } from '../../core/resume/resume-schema';
import { applyChanges, translateResume } from '../../core/resume/translate-resume';

const dir = fileURLToPath(new URL('./profiles/', import.meta.url));
const profiles = readdirSync(dir).map(
  (f) => [f, resumeSchema.parse(JSON.parse(readFileSync(`${dir}${f}`, 'utf8')))] as const,
);

const textOf = (r: Resume) =>
  JSON.stringify({
    b: r.basics?.summary,
    w: r.work?.map((w) => [w.position, w.name, w.summary, w.highlights]),
  });
/** Figures in the text, leaving out form, grade and series numbers ("SF-52", "GS-13", "I-213", "1811"). */
const numbers = (text: string) =>
  (
    text
      .replace(/\b[A-Za-z]{1,3}-?\d+[A-Z]?s?\b|\b(?:GS-?)?1[89]\d\d\b|\b0?3\d\d\b|287\s*\(g\)/g, ' ')
      .match(/\d[\d,.]*\d|\d/g) ?? []
  ).map((n) => n.replace(/,/g, ''));

describe.each(profiles)('translating %s', (_name, profile) => {
  const translation = translateResume(profile, { mode: 'private', generalizeEmployer: false });
  const after = textOf(translation.resume);

  it('leaves no agency acronym from the glossary unexplained', () => {
    const leftover = GLOSSARY.filter(
      (g) => g.acronym && g.kind !== 'legal' && new RegExp(`(?<![\\w-])(?:${g.match})(?![\\w-])`).test(after),
    ).map((g) => g.term);
    expect(leftover).toEqual([]);
    expect(
      lintResume(translation.resume)
        .findings.filter((f) => f.rule === 'acronym')
        .map((f) => f.message),
    ).toEqual([]);
  });

  it('keeps every number and outcome', () => {
    const before = numbers(textOf(profile));
    const kept = numbers(after);
    for (const n of before) expect(kept, `lost ${n}`).toContain(n);
  });

  it('explains every change with a rule and a reason', () => {
    expect(translation.changes.length).toBeGreaterThan(3);
    for (const c of translation.changes) {
      expect(c.rule).toBeTruthy();
      expect(c.reason.length).toBeGreaterThan(10);
    }
  });

  it('restores the original words exactly when every change is reverted', () => {
    const reverted = applyChanges(profile, translation, new Set());
    profile.work?.forEach((job, i) => {
      expect(reverted.work?.[i]?.highlights).toEqual(job.highlights);
    });
    const kept = applyChanges(profile, translation, new Set(translation.changes.map((c) => c.id)));
    expect(kept.work?.[0]?.highlights).toEqual(translation.resume.work?.[0]?.highlights);
  });
});

describe('translation options', () => {
  const [, officer] = profiles.find(([f]) => f.startsWith('deportation')) ?? [];
  if (!officer) throw new Error('fixture missing');

  it('generalises the employer and field office under the confidentiality option', () => {
    const t = translateResume(officer, { mode: 'private', generalizeEmployer: true });
    expect(t.resume.work?.[0]?.name).toBe('Federal law enforcement agency');
    expect(t.resume.work?.[0]?.location).toBe('Phoenix regional office');
    expect(textOf(t.resume)).not.toMatch(/Immigration and Customs Enforcement|\bICE\b/);
  });

  it('drops salary and hours in private mode and keeps them in federal mode', () => {
    const privateMode = translateResume(officer, { mode: 'private', generalizeEmployer: false });
    expect(JSON.stringify(privateMode.resume)).not.toContain('112,000');
    expect(privateMode.resume.work?.[0]?.summary).toMatch(/^Senior specialist or manager level role/);
    const federal = translateResume(officer, { mode: 'federal', generalizeEmployer: false });
    expect(federal.resume.work?.[0]?.summary).toContain('GS-13');
    expect(federal.resume.work?.[0]?.summary).toContain('$112,000 per year');
    expect(federal.resume.work?.[0]?.summary).toContain('40 hours per week');
  });

  it('offers civilian titles and uses the seeker’s choice', () => {
    const t = translateResume(officer, {
      mode: 'private',
      generalizeEmployer: false,
      titleChoices: { 0: 'Investigations Team Lead' },
    });
    expect(t.titleOptions[0]).toContain('Investigations Team Lead');
    expect(t.resume.work?.[0]?.position).toBe('Investigations Team Lead');
    expect(t.resume.work?.[1]?.position).toBe('Trade Compliance Specialist');
  });

  it('rewrites phrases in context rather than word for word', () => {
    const t = translateResume(officer, { mode: 'private', generalizeEmployer: false });
    expect(t.resume.work?.[0]?.highlights?.[1]).toMatch(/^Took 340 people into custody/);
    expect(t.resume.work?.[0]?.highlights?.[0]).toContain('caseload of 1,200 cases');
  });
});
