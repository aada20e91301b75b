import type { GlossaryEntry } from './entry';
import { t } from './entry';
import type { SourceId } from './sources';

/**
 * Legal citations keep their numbers: compliance and legal employers read them. The whole dotted
 * code is one term ("19 CFR", "8 U.S.C. § 1326"), so the number and the code never part.
 */
// The part or section may follow bare, as in "7 CFR 319".
const SECTION = '(?: ?(?:§§?|Part|Sec\\.|sec\\.)? ?\\d+[a-z]?(?:\\.\\d+)*(?:\\([a-z0-9]+\\))*)?';
const cfr = (title: number, gloss: string, src: SourceId) =>
  t('legal', `${title} CFR`, gloss, { m: `${title} C\\.?F\\.?R\\.?${SECTION}`, action: 'gloss', gloss, src });
const usc = (title: number, gloss: string, section = '') =>
  t('legal', `${title} U.S.C.${section ? ` § ${section}` : ''}`, gloss, {
    m: section
      ? `${title} U\\.?S\\.?C\\.? ?§§? ?${section}(?:\\([a-z0-9]+\\))*`
      : `${title} U\\.?S\\.?C\\.?${SECTION}`,
    action: 'gloss',
    gloss,
    src: 'uscode',
  });

export const LEGAL: GlossaryEntry[] = [
  usc(8, 'the federal illegal reentry statute', '1326'),
  usc(8, 'the federal illegal entry statute', '1325'),
  usc(8, 'the federal alien smuggling statute', '1324'),
  usc(18, 'the federal identity theft statute', '1028'),
  usc(18, 'the federal money laundering statute', '1956'),
  usc(31, 'the federal structuring statute', '5324'),
  usc(8, 'federal immigration law'),
  usc(18, 'federal criminal law'),
  usc(19, 'federal customs law'),
  usc(21, 'federal drug law'),
  usc(31, 'federal financial crimes law'),
  cfr(8, 'federal immigration regulations', 'ecfr-8'),
  cfr(19, 'federal customs regulations', 'ecfr-19'),
  cfr(7, 'federal agriculture regulations', 'usda-aphis'),
  cfr(5, 'federal personnel regulations', 'ecfr-5'),
  cfr(28, 'federal justice regulations', 'ecfr-28'),
  cfr(49, 'federal transportation regulations', 'agency-sites'),
  cfr(21, 'federal food and drug regulations', 'agency-sites'),
  t('legal', 'CFR', 'the Code of Federal Regulations', { m: '(?<!\\d )CFR', pos: 'name', src: 'ecfr-8' }),
  t('legal', 'INA', 'the Immigration and Nationality Act', {
    m: 'INA(?: ?§ ?\\d+[a-z]?(?:\\([a-z0-9]+\\))*)?',
    pos: 'name',
    action: 'gloss',
    gloss: 'federal immigration law',
    src: 'uscode',
  }),
  t('legal', 'Title 8', 'federal immigration law', {
    m: 'Title 8(?! of)',
    action: 'gloss',
    gloss: 'federal immigration law',
    src: 'uscode',
  }),
  t('legal', 'Title 42', 'the public-health expulsion order', {
    m: 'Title 42(?! of| U\\.S\\.C)',
    action: 'gloss',
    gloss: 'the 2020–2023 public-health order under which migrants were expelled',
    src: 'uscode',
    why: 'At the border, "Title 42" means the public-health order (42 U.S.C. § 265) used to expel migrants from March 2020 to May 2023.',
  }),
  t('legal', 'Title 19', 'federal customs law', {
    m: 'Title 19(?! of)',
    action: 'gloss',
    gloss: 'federal customs law',
    src: 'uscode',
  }),
  t('legal', 'Title 21', 'federal drug law', {
    m: 'Title 21(?! of)',
    action: 'gloss',
    gloss: 'federal drug law',
    src: 'uscode',
  }),
  t('legal', 'T-III', 'a court-authorized wiretap', {
    // Title III of the Omnibus Crime Control and Safe Streets Act: on these resumes, always wiretaps.
    m: 'T-?III|Title III\\b',
    senses: [
      // First of a list that shares one noun: "Title III, financial and OCDETF investigations".
      { when: /Title III,(?: [\w-]+,?)* (?:and|or) /, phrase: 'court-authorized wiretap' },
      // Before a noun that is not the intercept itself, "wiretap" says what kind: "wiretap affidavits".
      {
        when: /\b(?:T-?III|Title III) (?:affidavits?|applications?|investigations?|cases?|orders?|operations?)\b/,
        phrase: 'a court-authorized wiretap',
        mod: 'wiretap',
      },
    ],
    mod: 'court-authorized',
    heads: ['wire intercept', 'intercept', 'wiretap', 'wire'],
    src: 'uscode',
  }),
  t('legal', 'BSA', 'the Bank Secrecy Act', {
    m: 'BSA(?!\\/AML)',
    pos: 'name',
    mod: 'Bank Secrecy Act',
    src: 'uscode',
  }),
  t('legal', 'BSA/AML', 'Bank Secrecy Act and anti-money-laundering', {
    m: 'BSA ?\\/ ?AML',
    pos: 'adjective',
    action: 'gloss',
    gloss: 'Bank Secrecy Act and anti-money-laundering',
    src: 'uscode',
  }),
  t('legal', 'Fourth Amendment', 'Fourth Amendment', {
    m: '4th Amendment',
    pos: 'name',
    src: 'uscode',
    why: 'Spell the amendment the way legal readers expect.',
  }),
  t('legal', 'FOIA', 'the Freedom of Information Act', { pos: 'name', mod: 'public records', src: 'uscode' }),
  t('legal', 'Privacy Act', 'the Privacy Act', {
    m: 'Privacy Act(?= of 1974)',
    action: 'keep',
    src: 'uscode',
  }),
  t('legal', 'Brady/Giglio', 'evidence disclosure obligations', {
    m: 'Brady ?\\/ ?Giglio|Giglio',
    pos: 'noun',
    plural: true,
    mod: 'evidence disclosure',
    src: 'doj-glossary',
  }),
  t('legal', 'Garrity', 'a compelled-statement warning', {
    m: 'Garrity(?= (?:warnings?|rights|statements?))',
    mod: 'compelled-statement',
    heads: ['warning', 'right', 'statement'],
    src: 'doj-glossary',
  }),
];
