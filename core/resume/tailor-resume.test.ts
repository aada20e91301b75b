import { describe, expect, it } from 'vitest';
import { tailorResume } from './tailor-resume';

const POSTING = `Trade Compliance Analyst
You will review importer files for C-TPAT and ISF requirements and investigate discrepancies.
Requirements: 3 years of compliance experience; knowledge of HTS classification; strong report writing.
Duties: audit shipments, investigate discrepancies and write reports for the compliance manager.
Acme is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, religion or disability.
We offer medical, dental and 401(k) benefits.`;

describe('tailoring a resume to a posting', () => {
  it('takes keywords from the requirements and duties and never from EEO or benefits text', () => {
    const t = tailorResume({ work: [{ highlights: ['Inspected cargo.'] }] }, POSTING);
    const terms = [...t.covered, ...t.missing];
    for (const word of ['opportunity', 'employer', 'dental', 'religion', 'disability', 'applicants'])
      expect(terms).not.toContain(word);
    expect(terms).toEqual(expect.arrayContaining(['C-TPAT', 'ISF', 'HTS', 'discrepancies']));
  });

  it('counts skills and certifications as coverage, not only bullets', () => {
    const without = tailorResume({ work: [{ highlights: ['Inspected cargo.'] }] }, POSTING);
    const withSkills = tailorResume(
      {
        work: [{ highlights: ['Inspected cargo.'] }],
        skills: [{ name: 'C-TPAT' }, { name: 'HTS classification' }, { name: 'ISF' }],
      },
      POSTING,
    );
    expect(without.missing).toContain('C-TPAT');
    expect(withSkills.covered).toEqual(expect.arrayContaining(['C-TPAT', 'HTS', 'ISF']));
    expect(withSkills.score).toBeGreaterThan(without.score);
  });
});
