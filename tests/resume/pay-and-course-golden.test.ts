import { describe, expect, it } from 'vitest';
import { rebuild } from '../../core/resume/change';
import { proposeEdits } from '../../core/resume/rewrite/rewrite-text';

type Mode = 'private' | 'federal';
const edits = (s: string, mode: Mode = 'private', generalize = false) =>
  proposeEdits(s, { mode, generalize, field: 'prose' });
const sentence = (s: string, mode: Mode = 'private', generalize = false) =>
  rebuild(s, edits(s, mode, generalize));

describe('pay programs on a private-sector resume', () => {
  it.each([
    // The seeker's own pay: the sentence is left out.
    ['Earned COPRA overtime during the 2021 surge. Led 14 officers.', 'Led 14 officers.'],
    ['Received LEAP pay. Led 12 agents.', 'Led 12 agents.'],
    ['Accrued 400 hours of annual leave.', ''],
    [
      'Supervised 14 CBPOs at the POE, earning COPRA overtime on weekend cargo shifts.',
      'Supervised 14 CBP officers at the port of entry.',
    ],
    // Work done with the program stays, in plain words.
    [
      'Cut COPRA overtime costs by 12% through shift redesign.',
      'Cut overtime costs by 12% through shift redesign.',
    ],
    [
      'Scheduled 40 officers across 3 shifts and managed the port’s COPRA overtime budget of $2.1M.',
      'Scheduled 40 officers across 3 shifts and managed the port’s overtime budget of $2.1M.',
    ],
    [
      'Worked 600 hours of COPRA overtime during the 2021 surge.',
      'Worked 600 hours of overtime during the 2021 surge.',
    ],
    [
      'Tracked COPRA, LEAP and AUO hours for 120 employees.',
      'Tracked overtime, availability pay and unscheduled overtime hours for 120 employees.',
    ],
    [
      'Advised managers on AUO and LEAP eligibility.',
      'Advised managers on unscheduled overtime and availability pay eligibility.',
    ],
    [
      'CBP Officer with 11 years at the Port of Houston. Earned COPRA overtime at the POE during surges. Led 14 CBPOs.',
      'U.S. Customs and Border Protection Officer with 11 years at the Port of Houston. Led 14 CBP officers.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });

  it('explains what it left out, with the law behind the program', () => {
    const [dropped] = edits('Earned COPRA overtime during the 2021 surge.');
    expect(dropped?.reason).toBe(
      'Federal pay and leave programs do not exist in private employment. COPRA is the overtime and premium pay system of CBP officers (Customs Officer Pay Reform Act, 19 U.S.C. § 267). Private mode leaves out a sentence about the seeker’s own pay or leave; federal mode keeps it, explained.',
    );
    const [renamed] = edits('Cut COPRA overtime costs by 12%.');
    expect(renamed?.reason).toBe(
      'Federal pay and leave programs do not exist in private employment. COPRA is the overtime and premium pay system of CBP officers (Customs Officer Pay Reform Act, 19 U.S.C. § 267). The work stays; the program’s name (Customs Officer Pay Reform Act) gives way to plain words.',
    );
  });

  it('keeps the program in federal mode, explained once after its acronym', () => {
    expect(sentence('Earned COPRA overtime during the 2021 surge.', 'federal')).toBe(
      'Earned COPRA (Customs Officer Pay Reform Act) overtime during the 2021 surge.',
    );
    expect(sentence('Received LEAP pay.', 'federal')).toBe(
      'Received LEAP (law enforcement availability pay).',
    );
  });
});

describe('a training course before the people in it', () => {
  it.each([
    [
      'Taught FLETC CITP students.',
      'Taught students in the Criminal Investigator Training Program at the Federal Law Enforcement Training Centers.',
    ],
    [
      'Taught CITP students at FLETC.',
      'Taught students in the Criminal Investigator Training Program at the Federal Law Enforcement Training Centers.',
    ],
    [
      'Served as a CITP instructor for 3 years.',
      'Served as an instructor in the Criminal Investigator Training Program for 3 years.',
    ],
    [
      'Mentored 40 BIETP graduates.',
      'Mentored 40 graduates of the Basic Immigration Enforcement Training Program.',
    ],
    // After a verb of teaching, the thing taught comes before the long people phrase.
    [
      'Taught FLETC CITP students interviewing techniques.',
      'Taught interviewing techniques to students in the Criminal Investigator Training Program at the Federal Law Enforcement Training Centers.',
    ],
    [
      'Taught CITP students TECS queries at Glynco.',
      'Taught law enforcement records queries to students in the Criminal Investigator Training Program at Glynco.',
    ],
    [
      'Taught FLETC CITP students how to interview witnesses.',
      'Taught students in the Criminal Investigator Training Program at the Federal Law Enforcement Training Centers how to interview witnesses.',
    ],
    [
      'Mentored FLETC BPA students on tracking.',
      'Mentored Border Patrol agent students at the Federal Law Enforcement Training Centers on tracking.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });

  it('describes the course and the centre in general terms under the confidentiality option', () => {
    expect(sentence('Taught FLETC CITP students.', 'private', true)).toBe(
      'Taught students in a federal criminal investigator training program at a federal law enforcement training center.',
    );
  });
});

describe('a skill keyword', () => {
  it('starts with a capital like its neighbours even where the code did not', () => {
    const keyword = (s: string) =>
      rebuild(s, proposeEdits(s, { mode: 'private', generalize: false, field: 'keyword' }));
    expect(keyword('e3')).toBe('Booking and biometrics processing system');
    expect(keyword('webTA')).toBe('Time and attendance system');
  });
});
