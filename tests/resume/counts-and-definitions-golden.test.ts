import { describe, expect, it } from 'vitest';
import { rebuild } from '../../core/resume/change';
import { proposeEdits } from '../../core/resume/rewrite/rewrite-text';

const sentence = (s: string) =>
  rebuild(s, proposeEdits(s, { mode: 'private', generalize: false, field: 'prose' }));

describe('a count before a code and its adjectives', () => {
  it.each([
    // CBPAS ends in S whatever its number: the count says it is plural, and takes no article.
    [
      'Trained 20 new CBPAS on NII imaging.',
      'Trained 20 new CBP agriculture specialists on non-intrusive inspection imaging.',
    ],
    ['Supervise 9 CBPAS on rotating shifts.', 'Supervise 9 CBP agriculture specialists on rotating shifts.'],
    ['Mentored 3 junior CBPOs.', 'Mentored 3 junior CBP officers.'],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('a phrase whose head noun comes before "to" or "of"', () => {
  it.each([
    ['Issued notices to appear to 40 people.', 'Issued immigration court charging documents to 40 people.'],
    ['Served a Notice to Appear.', 'Served an immigration court charging document.'],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('an acronym the writer already spelled out', () => {
  it.each([
    // Spelled out before the parenthesis: expanding it again would say it twice, so it goes.
    [
      'Issued emergency action notifications (EANs) for quarantine pests.',
      'Issued emergency action notifications for quarantine pests.',
    ],
    [
      'Worked with Plant Protection and Quarantine (PPQ) staff.',
      'Worked with Plant Protection and Quarantine staff.',
    ],
    [
      'Queried Treasury Enforcement Communications System (TECS) records.',
      'Queried Treasury Enforcement Communications System records.',
    ],
    // In parentheses after other words, it is still explained.
    [
      'Queried the records system (TECS) daily.',
      'Queried the records system (a law enforcement records and screening system) daily.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('an agency before its own program office', () => {
  it('names the office once, with its department, not the agency and then the raw code', () => {
    // Before: "the USDA Animal and Plant Health Inspection Service PPQ on quarantine actions".
    expect(sentence('Coordinate with USDA APHIS PPQ on quarantine actions.')).toBe(
      'Coordinate with USDA Plant Protection and Quarantine on quarantine actions.',
    );
  });
});

describe('an inspector’s and an analyst’s resume', () => {
  it.each([
    // Before: "as a sworn a law enforcement officer" (the article went between the participle and the noun).
    ['Responded to alarms as a sworn LEO.', 'Responded to alarms as a sworn law enforcement officer.'],
    ['Supervised LEOs and agents.', 'Supervised law enforcement officers and agents.'],
    [
      'Conducted 200+ FSAs of federal facilities under ISC standards.',
      'Conducted 200+ facility security assessments of federal facilities under Interagency Security Committee standards.',
    ],
    [
      'Oversaw PSO contract guards at 12 federal buildings.',
      'Oversaw protective security contract guards at 12 federal buildings.',
    ],
    [
      'Wrote IIRs disseminated to the IC.',
      'Wrote intelligence information reports disseminated to the intelligence community.',
    ],
    // An incident commander is not the intelligence community: the letters stay.
    ['Served as IC during a hazmat incident.', 'Served as IC during a hazmat incident.'],
    // The SAC one briefs is a person; the SAC office is an office.
    [
      'Briefed the SAC and ASACs weekly.',
      'Briefed the special agent in charge and assistant special agents in charge weekly.',
    ],
    ['Worked at the SAC office in Miami.', 'Worked at the Special Agent in Charge office in Miami.'],
    // Title III is the wiretap statute: its affidavits are wiretap affidavits, not just "court-authorized".
    ['Supported 14 Title III affidavits.', 'Supported 14 wiretap affidavits.'],
    ['Ran T-III wire intercepts.', 'Ran court-authorized wire intercepts.'],
    // Two programs that share one noun both modify it; neither takes an article of its own.
    [
      'Produces link analysis for OCDETF and HIDTA partners.',
      'Produces link analysis for organized crime drug enforcement and regional drug trafficking partners.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('a mission-support resume', () => {
  it.each([
    ['Manages a $4.2M O&M budget.', 'Manages a $4.2M operations and maintenance budget.'],
    [
      'Review CLIN invoices and track obligations.',
      'Review contract line item invoices and track obligations.',
    ],
    ['Confirmed EOD dates for 40 hires.', 'Confirmed entry-on-duty dates for 40 hires.'],
    [
      'Trained 12 new BPPCs on property procedures.',
      'Trained 12 new Border Patrol processing coordinators on property procedures.',
    ],
    // Two fiscal years joined by "and": one "fiscal year" before a noun, "fiscal years" otherwise.
    ['Prepared FY23 and FY24 spend plans.', 'Prepared fiscal year 2023 and 2024 spend plans.'],
    ['Spent $2M in FY23 and FY24.', 'Spent $2M in fiscal years 2023 and 2024.'],
    // "24" after "and" without its "FY" is a count, not a year.
    [
      'Hired 30 agents in FY23 and 24 agents in FY24.',
      'Hired 30 agents in fiscal year 2023 and 24 agents in fiscal year 2024.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('federal mode', () => {
  const federal = (s: string) =>
    rebuild(s, proposeEdits(s, { mode: 'federal', generalize: false, field: 'prose' }));
  it('keeps a grade in parentheses as one pair, the seniority and its equivalent inside it', () => {
    // Before: "Mission Support Specialist (experienced program specialist (GS-12 equivalent))".
    expect(federal('Mission Support Specialist (GS-0301-12) with 10 years.')).toBe(
      'Mission Support Specialist (experienced program specialist, GS-12 equivalent) with 10 years.',
    );
  });
  it('explains a plural pay code with a plural gloss', () => {
    expect(federal('Processes WGIs and TDY travel.')).toBe(
      'Processes WGIs (within-grade pay increases) and temporary duty travel.',
    );
    expect(federal('Approved a WGI.')).toBe('Approved a WGI (a within-grade pay increase).');
  });
});
