import { describe, expect, it } from 'vitest';
import { encryptedPdf, scannedPdf, truncatedPdf } from '../../../tests/resume-import/bad-files';
import { importResume, importText } from './import-resume';

const failure = async (name: string, bytes: Uint8Array) => {
  try {
    await importResume(name, bytes);
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error('the import should have failed');
};

describe('importing a file the builder cannot read', () => {
  it('asks for a copy without the password when a PDF is encrypted', async () => {
    expect(await failure('resume.pdf', await encryptedPdf())).toEqual({
      code: 'encrypted',
      message:
        'resume.pdf is protected by a password, so its text cannot be read. Open it, save or print a copy without the password (Print → Save as PDF), and import that copy, or paste the text instead.',
    });
  });

  it('says to paste the text instead when a PDF is a scan', async () => {
    const result = await failure('scan.pdf', await scannedPdf());
    expect(result.code).toBe('scanned');
    expect(result.message).toContain('Paste the text instead');
  });

  it('calls a cut-off PDF damaged', async () => {
    expect(await failure('cut.pdf', await truncatedPdf())).toMatchObject({ code: 'corrupt' });
  });

  it('calls a file named .docx that is not a Word document damaged', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await failure('resume.docx', bytes)).message).toBe(
      'resume.docx could not be opened as a Word document: the file is damaged or is not really a Word document. Save it again from the program that made it, or paste the text instead.',
    );
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    expect((await failure('big.pdf', big)).message).toBe(
      'big.pdf is 10.0 MB; the limit is 10 MB. Save a copy without pictures, or paste the text instead.',
    );
  });

  it('asks for a .docx when given an old Word .doc', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await failure('old.doc', doc)).toMatchObject({ code: 'unsupported' });
  });

  it('names the bad field of an invalid JSON Resume', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ work: [{ startDate: 'last spring' }] }));
    expect((await failure('resume.json', bytes)).message).toMatch(
      /^resume\.json is not a valid JSON Resume: work\.0\.startDate: /,
    );
  });
});

describe('importing pasted text', () => {
  it('reads a school written after the degree on the same line', async () => {
    const { resume } = await importText(
      [
        'Ana Ruiz',
        'ana@example.org',
        '',
        'EDUCATION',
        'Bachelor of Science in Sociology, University of Houston, 2012',
      ].join('\n'),
    );
    expect(resume.education).toEqual([
      {
        institution: 'University of Houston',
        studyType: 'Bachelor of Science',
        area: 'Sociology',
        endDate: '2012',
      },
    ]);
  });
  it('reads names with accents or a nickname, and a job line of title, employer, place and dates', async () => {
    const accented = await importText(
      [
        'JOSÉ A. NÚÑEZ',
        'El Paso, TX | jnunez@example.org',
        '',
        'EXPERIENCE',
        'CBP Officer, U.S. Customs and Border Protection, El Paso, TX, 2015 - present',
        '- Inspected 300 travelers a shift.',
      ].join('\n'),
    );
    expect(accented.resume.basics?.name).toBe('José A. Núñez');
    expect(accented.resume.work?.[0]).toMatchObject({
      position: 'CBP Officer',
      name: 'U.S. Customs and Border Protection',
      location: 'El Paso, TX',
      startDate: '2015',
    });
    const nickname = await importText(
      [
        'ROBERTO "BOBBY" SALAZAR',
        'bsalazar@example.org',
        '',
        'EXPERIENCE',
        'Supervisory Border Patrol Agent (GS-1896-13), Yuma Sector - Wellton Station, Yuma, AZ, 2019 - present',
        '* Supervised a shift of 28 agents.',
      ].join('\n'),
    );
    expect(nickname.resume.basics?.name).toBe('Roberto "Bobby" Salazar');
    expect(nickname.resume.work?.[0]).toMatchObject({
      position: 'Supervisory Border Patrol Agent',
      name: 'Yuma Sector - Wellton Station',
      location: 'Yuma, AZ',
      'x-federal': { series: '1896', grade: 'GS-13' },
    });
  });
  it('reads a title that carries its agency’s words before the employer on one line', async () => {
    const { resume } = await importText(
      [
        'Derek Whitfield',
        'd.whitfield@example.com',
        '',
        'EXPERIENCE',
        'Federal Protective Service Inspector, Department of Homeland Security, San Diego, CA   2013 - 2018',
        '- Conducted 200+ facility security assessments.',
      ].join('\n'),
    );
    // Before: the title was the whole "Inspector, Department of Homeland Security" and no employer.
    expect(resume.work?.[0]).toMatchObject({
      position: 'Federal Protective Service Inspector',
      name: 'Department of Homeland Security',
      location: 'San Diego, CA',
      startDate: '2013',
      endDate: '2018',
    });
  });
  it('reads schools that go by a name without "University" or "College"', async () => {
    const { resume } = await importText(
      [
        'Ana Ruiz',
        'ana@example.org',
        '',
        'EDUCATION',
        'M.A., Security Studies, Georgetown University, 2012',
        'B.S., Accounting, Virginia Tech, 2009',
        'B.B.A., Finance, UTEP, 2006',
        'A.A., Criminal Justice, Laredo Community, 2004',
      ].join('\n'),
    );
    expect(resume.education).toEqual([
      { institution: 'Georgetown University', studyType: 'M.A.', area: 'Security Studies', endDate: '2012' },
      { institution: 'Virginia Tech', studyType: 'B.S.', area: 'Accounting', endDate: '2009' },
      { institution: 'UTEP', studyType: 'B.B.A.', area: 'Finance', endDate: '2006' },
      { institution: 'Laredo Community', studyType: 'A.A.', area: 'Criminal Justice', endDate: '2004' },
    ]);
  });
  it('reads a grade field that carries the pay plan, series and grade together', async () => {
    const { resume } = await importText(
      [
        'Grace Obi',
        'grace.obi@example.org',
        '',
        'WORK EXPERIENCE',
        'Position Title: Mission Support Specialist',
        'Agency: Department of Homeland Security',
        'Dates of Employment: 03/2015 - Present',
        'Grade: GS-0301-11',
        'Hours per week: 40',
        'Duties:',
        '- Managed travel and purchase card programs for 150 employees with no audit findings.',
      ].join('\n'),
    );
    expect(resume.work?.[0]?.['x-federal']).toMatchObject({
      series: '0301',
      grade: 'GS-11',
      hoursPerWeek: 40,
    });
  });
  it('reads a clearance, languages and certifications as their own fields', async () => {
    const { resume } = await importText(
      [
        'Dana Cruz',
        'dana@example.com',
        '',
        'Certifications',
        'Certified Fraud Examiner – ACFE, 2019',
        'Security clearance: Top Secret/SCI, active, granted 2018',
        '',
        'Languages',
        'Spanish (fluent), Portuguese (basic)',
      ].join('\n'),
    );
    expect(resume['x-clearance']).toEqual({ level: 'Top Secret/SCI', status: 'active', date: '2018' });
    expect(resume.certificates).toEqual([{ name: 'Certified Fraud Examiner', issuer: 'ACFE', date: '2019' }]);
    expect(resume.languages).toEqual([
      { language: 'Spanish', fluency: 'fluent' },
      { language: 'Portuguese', fluency: 'basic' },
    ]);
  });

  it('keeps the decisions of an exported JSON Resume on re-import', async () => {
    const exported = {
      basics: { label: 'CBP Officer' },
      'x-offramp': {
        decisions: {
          'basics.label@field': {
            state: 'reverted',
            path: 'basics.label',
            original: 'CBP Officer',
            replacement: 'Border inspector',
          },
        },
        template: 'ats-classic',
        paper: 'a4',
      },
    };
    const { resume } = await importResume('mine.json', new TextEncoder().encode(JSON.stringify(exported)));
    expect(resume['x-offramp']).toEqual(exported['x-offramp']);
  });
});
