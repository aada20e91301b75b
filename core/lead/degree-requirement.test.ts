import { describe, expect, it } from 'vitest';
import { noDegreeRequired } from './degree-requirement';

describe('no degree required', () => {
  it.each([
    'No degree required. We train you on our case management system.',
    "Bachelor's degree or equivalent work experience.",
    "A bachelor's degree or four years of investigative experience.",
    'Relevant experience may be substituted for education on a year-for-year basis.',
    "Bachelor's degree in criminal justice preferred.",
    'Minimum qualifications: high school diploma or GED and two years of security experience.',
    'A college degree is not required for this role.',
    'We hire for skills: experience in lieu of a degree is welcome.',
    'You may qualify based on your experience as described below.',
  ])('lets in: %s', (text) => {
    expect(noDegreeRequired(text)).toBe(true);
  });

  it.each([
    "Bachelor's degree in accounting required; CPA a plus.",
    "Requires a bachelor's degree and three years of AML experience.",
    "Must have a master's degree in social work.",
    'Minimum education: bachelor degree from an accredited university.',
    'Interview claimants and write reports.',
    'High school diploma required. Bachelor degree in finance required for senior level.',
  ])('keeps out: %s', (text) => {
    expect(noDegreeRequired(text)).toBe(false);
  });

  it('takes schema.org experienceInPlaceOfEducation at its word', () => {
    expect(noDegreeRequired("Bachelor's degree required.", { experienceInPlaceOfEducation: true })).toBe(
      true,
    );
    expect(noDegreeRequired('Write reports.', { experienceInPlaceOfEducation: false })).toBe(false);
  });
});
