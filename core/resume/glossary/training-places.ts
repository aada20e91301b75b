import type { GlossaryEntry } from './entry';
import { t } from './entry';

/** Academies, courses, deployments and places. */
export const TRAINING_AND_PLACES: GlossaryEntry[] = [
  // Training
  t('training', 'CITP', 'the Criminal Investigator Training Program', {
    pos: 'name',
    mod: 'criminal investigator training',
    heads: ['training', 'course', 'program'],
    branded: true,
    general: 'a federal criminal investigator training program',
  }),
  t('training', 'HSISAT', 'the HSI special agent training course', {
    pos: 'name',
    mod: 'special agent training',
    heads: ['training', 'course'],
    branded: true,
    general: 'a special agent training course',
  }),
  t('training', 'ICE-D', 'the deportation officer academy', {
    m: 'ICE-D',
    pos: 'name',
    mod: 'deportation officer academy',
    heads: ['training', 'academy', 'course', 'program'],
    branded: true,
    general: 'a federal officer academy',
    why: 'A code that is a name: replaced whole, never as "ICE" plus "-D".',
  }),
  t('training', 'BIETP', 'the Basic Immigration Enforcement Training Program', {
    pos: 'name',
    mod: 'immigration enforcement training',
    heads: ['training', 'program'],
    branded: true,
    general: 'a federal officer academy',
  }),
  t('training', 'BIRT', 'the basic immigration officer training program', {
    pos: 'name',
    mod: 'basic officer training',
    heads: ['training', 'program'],
    branded: true,
    general: 'a federal officer academy',
  }),
  t('training', 'CBPO academy', 'the CBP officer academy', {
    m: 'CBPO [Aa]cademy|CBP Field Operations Academy|Field Operations Academy',
    pos: 'name',
    branded: true,
    general: 'a federal officer academy',
    src: 'cbp-glossary',
  }),
  t('training', 'Border Patrol Academy', 'the Border Patrol Academy', {
    m: '(?:U\\.S\\. )?Border Patrol [Aa]cademy|BPA [Aa]cademy|USBP [Aa]cademy',
    pos: 'name',
    branded: true,
    general: 'a federal law enforcement academy',
    src: 'cbp-glossary',
  }),
  t('training', 'FTO', 'a field training officer', {
    m: 'FTO',
    mod: 'field training',
    heads: ['program'],
    why: 'Spelled out: employers value it as coaching and onboarding experience.',
  }),
  t('training', 'PAL', 'a pistol qualification', {
    m: 'PAL(?= qualifications?)',
    mod: 'pistol',
    heads: ['qualification'],
  }),
  t('training', 'POST', 'a state peace officer certification', {
    m: 'POST(?= certif)',
    mod: 'state peace officer',
    heads: ['certification', 'certified'],
  }),
  t('training', 'TDY', 'a temporary duty assignment', {
    mod: 'temporary duty',
    heads: ['assignment', 'deployment'],
    src: 'opm-pay-leave',
  }),
  t('training', 'PCS', 'a permanent change of station', {
    m: 'PCS(?= (?:move|relocation|orders|transfer))',
    mod: 'relocation',
    heads: ['move', 'relocation', 'orders', 'transfer'],
    src: 'opm-pay-leave',
  }),
  t('training', 'SRT', 'a special response team', {
    mod: 'special response',
    heads: ['team'],
    src: 'agency-sites',
  }),
  t('training', 'BORTAC', 'the Border Patrol tactical unit', {
    pos: 'name',
    mod: 'tactical unit',
    heads: ['unit', 'team'],
    branded: true,
    general: 'a federal tactical unit',
    src: 'cbp-glossary',
  }),
  t('training', 'BORSTAR', 'the Border Patrol search and rescue unit', {
    pos: 'name',
    mod: 'search and rescue',
    heads: ['unit', 'team'],
    branded: true,
    general: 'a federal search and rescue unit',
    src: 'cbp-glossary',
  }),
  t('training', 'EMT', 'an emergency medical technician', { action: 'keep', src: 'agency-sites' }),
  // Places
  // An ICE Service Processing Center is a detention facility the agency owns: said plainly, as
  // removals and apprehensions are, never as a neutral-sounding "processing center".
  t('place', 'SPC', 'an immigration detention center', {
    mod: 'immigration detention',
    heads: ['facility', 'center'],
    src: 'ice-glossary',
    why: 'A Service Processing Center is an ICE-owned immigration detention facility; said plainly.',
  }),
  t('place', 'CDF', 'a contract detention facility', { mod: 'contract detention', heads: ['facility'] }),
  t('place', 'IGSA', 'an agreement with a local detention facility', {
    mod: 'local facility agreement',
    heads: ['agreement', 'facility'],
  }),
  t('place', 'FRC', 'a family residential center', {
    mod: 'family residential',
    heads: ['facility', 'center'],
  }),
  t('place', 'CPC', 'a central processing center', {
    mod: 'central processing',
    heads: ['facility', 'center'],
    src: 'cbp-glossary',
  }),
  t('place', 'POE', 'a port of entry', {
    m: 'POE|LPOE',
    mod: 'port of entry',
    heads: ['port', 'port of entry', 'crossing'],
    src: 'cbp-glossary',
  }),
  t('place', 'FTZ', 'a foreign trade zone', {
    mod: 'foreign trade zone',
    heads: ['zone'],
    src: 'cbp-glossary',
  }),
  t('place', 'CES', 'a centralized cargo examination station', {
    m: 'CES(?= (?:facility|station|exams?|examinations?))',
    mod: 'cargo examination',
    heads: ['station', 'facility'],
    src: 'cbp-glossary',
  }),
  t('place', 'sector headquarters', 'a regional headquarters', {
    m: '[Ss]ector headquarters',
    pos: 'noun',
    src: 'cbp-glossary',
  }),
  t('place', 'checkpoint', 'an inspection checkpoint', {
    m: 'immigration checkpoints?',
    src: 'cbp-glossary',
  }),
  t('place', 'ICE processing center', 'an immigration detention center', {
    m: 'ICE Processing Center',
    pos: 'noun',
    branded: true,
    general: 'an immigration detention center',
    src: 'ice-glossary',
    why: 'An ICE Processing Center is an immigration detention facility; said plainly.',
  }),
];
