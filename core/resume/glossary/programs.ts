import type { GlossaryEntry } from './entry';
import { t } from './entry';

/** Programs, pay and leave, training and places. */
export const PROGRAMS: GlossaryEntry[] = [
  // Section 287(g) of the INA lets ICE delegate immigration enforcement to state and local
  // officers (sheriffs' jails as often as police): the agreement, said without the section number.
  t('program', '287(g)', 'a federal–local immigration enforcement agreement', {
    m: '287 ?\\( ?g ?\\)(?: agreements?| programs?)?',
    mod: 'immigration enforcement',
    heads: ['partner', 'partnership', 'agreement', 'program', 'task force'],
    gloss: 'a federal–local immigration enforcement agreement',
    src: 'uscode',
  }),
  t('program', 'ATD', 'the Alternatives to Detention program', {
    pos: 'name',
    mod: 'community supervision',
    heads: ['program', 'participant', 'case', 'caseload'],
    gloss: 'community supervision instead of detention',
    src: 'ice-glossary',
  }),
  t('program', 'ISAP', 'the Intensive Supervision Appearance Program', {
    pos: 'name',
    mod: 'community supervision',
    heads: ['program'],
    gloss: 'a community supervision program',
    src: 'ice-glossary',
  }),
  t('program', 'SCAAP', 'the State Criminal Alien Assistance Program', {
    pos: 'name',
    mod: 'federal jail reimbursement',
    heads: ['program', 'grant'],
    src: 'doj-glossary',
  }),
  t('program', 'Secure Communities', 'Secure Communities', {
    m: 'Secure Communities',
    action: 'gloss',
    gloss: 'a fingerprint-sharing program with local jails',
    src: 'ice-glossary',
  }),
  t('program', 'CAP', 'the Criminal Alien Program', {
    m: 'CAP(?= (?:program|unit|team|officer|operations|cases|screening|encounters))|Criminal Alien Program',
    pos: 'name',
    mod: 'jail screening',
    heads: ['program', 'unit', 'team', 'screening'],
    src: 'ice-glossary',
  }),
  t('program', 'C-TPAT', 'the Customs Trade Partnership Against Terrorism', {
    m: 'C-?TPAT|CTPAT',
    pos: 'name',
    mod: 'supply chain security',
    heads: ['program', 'partner', 'validation', 'partnership'],
    action: 'gloss',
    gloss: 'a supply chain security partnership',
    src: 'cbp-glossary',
  }),
  t('program', 'Global Entry', 'Global Entry', {
    m: 'Global Entry',
    action: 'gloss',
    gloss: 'a trusted traveler program',
    src: 'cbp-glossary',
  }),
  t('program', 'SENTRI', 'a trusted traveler program for the southern border', {
    mod: 'trusted traveler',
    heads: ['program', 'lane', 'enrollment'],
    src: 'cbp-glossary',
  }),
  t('program', 'NEXUS', 'a U.S.–Canada trusted traveler program', {
    mod: 'trusted traveler',
    heads: ['program', 'lane', 'enrollment'],
    src: 'cbp-glossary',
  }),
  t('program', 'FAST', 'a trusted commercial driver program', {
    m: 'FAST(?= (?:lanes?|program|drivers?|cards?|enrollment))',
    mod: 'trusted commercial driver',
    heads: ['program'],
    src: 'cbp-glossary',
  }),
  t('program', 'VWP', 'the Visa Waiver Program', {
    pos: 'name',
    mod: 'visa waiver',
    heads: ['program'],
    src: 'cbp-glossary',
  }),
  t('program', 'ESTA', 'a visa waiver travel authorization', {
    mod: 'travel authorization',
    heads: ['application', 'authorization'],
    src: 'cbp-glossary',
  }),
  t('program', 'MPP', 'the Migrant Protection Protocols', {
    pos: 'name',
    plural: true,
    mod: 'remain-in-Mexico',
    src: 'dhs-acronyms',
  }),
  t('program', 'DACA', 'Deferred Action for Childhood Arrivals', {
    mod: 'DACA',
    action: 'keep',
    src: 'agency-sites',
  }),
  t('program', 'TPS', 'Temporary Protected Status', {
    mod: 'temporary protected status',
    src: 'agency-sites',
  }),
  t('program', 'OCONUS', 'overseas', { m: 'OCONUS', pos: 'adjective', src: 'dhs-acronyms' }),
  t('program', 'CONUS', 'within the continental U.S.', {
    m: 'CONUS',
    pos: 'adjective',
    mod: 'domestic',
    src: 'dhs-acronyms',
  }),
  // Pay and leave: dropped from private resumes with an explanation, explained in federal mode.
  // Pay and leave: private mode leaves out a sentence about the seeker's own pay, and elsewhere
  // says what the program is in plain words; federal mode keeps the name, explained.
  t('pay', 'LEAP', 'availability pay', {
    m: 'LEAP',
    action: 'drop',
    pos: 'noun',
    mod: 'availability pay',
    heads: ['pay'],
    gloss: 'law enforcement availability pay',
    src: 'opm-pay-leave',
    why: 'Federal pay and leave programs do not exist in private employment. LEAP is the 25% premium paid to federal criminal investigators for being available for unscheduled duty (5 U.S.C. § 5545a).',
  }),
  t('pay', 'AUO', 'unscheduled overtime', {
    m: 'AUO(?: overtime)?',
    action: 'drop',
    pos: 'noun',
    gloss: 'administratively uncontrollable overtime',
    src: 'opm-pay-leave',
    why: 'Federal pay and leave programs do not exist in private employment. AUO is premium pay for irregular overtime that cannot be scheduled in advance (5 U.S.C. § 5545(c)(2); 5 CFR 550.151).',
  }),
  t('pay', 'COPRA', 'overtime', {
    m: 'COPRA(?: overtime)?',
    action: 'drop',
    pos: 'noun',
    mod: 'overtime',
    gloss: 'Customs Officer Pay Reform Act',
    src: 'uscode',
    why: 'Federal pay and leave programs do not exist in private employment. COPRA is the overtime and premium pay system of CBP officers (Customs Officer Pay Reform Act, 19 U.S.C. § 267).',
  }),
  t('pay', 'BPAPRA', 'overtime', {
    m: 'BPAPRA(?: overtime)?',
    action: 'drop',
    pos: 'noun',
    mod: 'overtime',
    gloss: 'Border Patrol Agent Pay Reform Act',
    src: 'uscode',
    why: 'Federal pay and leave programs do not exist in private employment. BPAPRA sets the scheduled overtime of Border Patrol agents (Border Patrol Agent Pay Reform Act of 2014, 5 U.S.C. § 5550).',
  }),
  t('pay', 'FEHB', 'federal health benefits', {
    m: 'FEHBP?',
    action: 'drop',
    pos: 'noun',
    plural: true,
    src: 'opm-pay-leave',
  }),
  t('pay', 'TSP', 'the federal retirement savings plan', {
    m: 'TSP',
    action: 'drop',
    pos: 'name',
    src: 'opm-pay-leave',
  }),
  t('pay', 'FERS', 'the federal retirement system', {
    m: 'FERS|6c retirement|6\\(c\\) retirement',
    action: 'drop',
    pos: 'name',
    src: 'opm-pay-leave',
  }),
  // A quality step increase is a performance award, so it is said, not dropped with its sentence.
  t('pay', 'QSI', 'a merit pay increase', {
    gloss: 'a quality step increase, a federal merit pay raise',
    src: 'opm-pay-leave',
  }),
  t('pay', 'WGI', 'a within-grade pay increase', { action: 'drop', src: 'opm-pay-leave' }),
  t('pay', 'locality pay', 'locality pay', {
    m: 'locality pay',
    action: 'drop',
    pos: 'noun',
    src: 'opm-pay-leave',
  }),
  t('pay', 'comp time', 'compensatory time off', {
    m: 'comp time|compensatory time',
    action: 'drop',
    pos: 'noun',
    src: 'opm-pay-leave',
  }),
  t('pay', 'annual leave', 'annual leave', {
    m: 'annual leave',
    action: 'drop',
    pos: 'noun',
    src: 'opm-pay-leave',
  }),
];
