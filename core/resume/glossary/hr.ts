import type { GlossaryEntry } from './entry';
import { t } from './entry';

/** Federal HR, clearance and series terms. Series numbers become the occupation they stand for. */
const h = (term: string, civilian: string, o: Parameters<typeof t>[3] = {}) =>
  t('hr', term, civilian, { src: 'opm-gs', ...o });
const series = (code: string, civilian: string) =>
  t('rank', `GS-${code}`, civilian, {
    m: `(?:GS-?|series )${code.replace(/^0/, '0?')}s?(?![\\d-])|(?<![\\d.,$-])${code}s(?![\\d])`,
    src: 'opm-series',
    mod: civilian.replace(/^an? /, ''),
  });

export const HR: GlossaryEntry[] = [
  h('detail', 'a temporary assignment', {
    m: '(?<=(?:on|a|an|\\d+-month|\\d+-week) )detail(?= (?:to|with|as|at))',
    heads: ['assignment'],
  }),
  h('collateral duty', 'an additional responsibility', { m: 'collateral dut(?:y|ies)' }),
  h('RIF', 'a workforce reduction', { m: 'RIF', mod: 'workforce reduction' }),
  h('IDP', 'an individual development plan', {
    m: 'IDPs?',
    mod: 'development plan',
    senses: [
      {
        when: /\b(?:refugees?|camps?|humanitarian|displaced|asylum|shelters?)\b/i,
        phrase: 'an internally displaced person',
      },
    ],
    why: 'In federal HR an IDP is an employee’s individual development plan; beside refugees it is an internally displaced person.',
  }),
  h('TIG', 'time in grade', { m: 'TIG', action: 'drop' }),
  h('ePerformance', 'a performance review system', {
    m: 'ePerformance',
    mod: 'performance review',
    heads: ['system'],
  }),
  h('HRIS', 'an HR information system', { action: 'keep' }),
  h('HCO', 'a human capital office', { mod: 'HR office', heads: ['office'] }),
  h('PAR', 'a personnel action request', {
    m: 'PARs?(?= (?:for|processing|packages?))|PARs',
    heads: ['personnel action', 'request'],
    mod: 'personnel action',
  }),
  h('EEO', 'equal employment opportunity', { action: 'keep' }),
  h('FMLA', 'family and medical leave', { action: 'keep' }),
  h('OWCP', 'federal workers’ compensation', { mod: 'workers’ compensation', heads: ['claim', 'case'] }),
  h('OPM', 'the Office of Personnel Management', { pos: 'name', mod: 'federal HR' }),
  h('MSPB', 'the Merit Systems Protection Board', {
    pos: 'name',
    mod: 'federal employee appeals',
    gloss: 'the federal employee appeals board',
  }),
  h('FLSA', 'the Fair Labor Standards Act', { pos: 'name', action: 'keep', src: 'uscode' }),
  h('CBA', 'a collective bargaining agreement', { mod: 'union contract', heads: ['agreement'] }),
  h('SES', 'the Senior Executive Service', { m: 'SES(?![- ]?\\d)', pos: 'name', mod: 'senior executive' }),
  h('KSA', 'a knowledge, skills and abilities statement', {
    m: 'KSAs?',
    mod: 'qualifications',
    heads: ['statement', 'narrative'],
  }),
  h('PMAP', 'a performance plan', { mod: 'performance plan', heads: ['plan'] }),
  h('PIP', 'a performance improvement plan', { action: 'keep' }),
  h('ECQ', 'an executive core qualification', { mod: 'executive qualification' }),
  h('COTR', 'a contracting officer’s technical representative', { mod: 'contract oversight' }),
  h('BI', 'a background investigation', {
    m: 'BIs?(?= (?:for|on|of|and|cases?))',
    mod: 'background investigation',
    heads: ['case'],
  }),
  h('SSBI', 'a single-scope background investigation', { mod: 'background investigation' }),
  h('TS/SCI', 'Top Secret/SCI', {
    m: 'TS ?\\/ ?SCI',
    pos: 'name',
    action: 'keep',
    src: 'odni-glossary',
    why: 'Cleared employers read TS/SCI directly; kept.',
  }),
  h('TS clearance', 'a Top Secret clearance', {
    m: 'TS(?= (?:security )?clearances?)',
    pos: 'name',
    mod: 'Top Secret',
    src: 'odni-glossary',
    why: 'Spelled out: a recruiter filters on "Top Secret", not on "TS".',
  }),
  h('Top Secret', 'Top Secret', { m: 'Top Secret(?= clearance)', action: 'keep', src: 'odni-glossary' }),
  h('SCI', 'sensitive compartmented information', {
    m: '(?<!TS ?\\/ ?)SCI(?! ?\\/)',
    pos: 'noun',
    src: 'odni-glossary',
  }),
  h('SCIF', 'a secure classified facility', {
    mod: 'secure facility',
    heads: ['facility', 'room'],
    src: 'odni-glossary',
  }),
  h('OCA', 'an original classification authority', {
    m: 'OCA(?= (?:authority|decisions?))',
    src: 'odni-glossary',
  }),
  h('MOU', 'a memorandum of understanding', {
    m: 'MOUs?|MOAs?',
    mod: 'interagency agreement',
    heads: ['agreement'],
  }),
  h('SOW', 'a statement of work', { mod: 'statement of work' }),
  h('IGCE', 'an independent government cost estimate', { mod: 'cost estimate', heads: ['estimate'] }),
  h('FAR', 'the Federal Acquisition Regulation', {
    m: 'FAR(?= (?:Part|compliance|rules|regulations|\\d))',
    pos: 'name',
    mod: 'federal procurement',
    src: 'agency-sites',
  }),
  h('GPC', 'a government purchase card', { mod: 'purchase card', heads: ['card', 'program'] }),
  h('PPBE', 'planning, programming, budgeting and execution', { pos: 'noun', mod: 'budget planning' }),
  h('CR', 'a continuing resolution', {
    // "CRs" beside budget words, or before a spend plan: a continuing resolution, not a change request.
    m: 'CRs?(?= (?:periods?|funding|budget|spend plans?))|CRs?(?=,? (?:and |or )?(?:reprogramming|apportionment|OMB|appropriation))|continuing resolutions?',
    mod: 'continuing resolution',
    src: 'gao-budget',
  }),
  series('1811', 'a criminal investigator'),
  series('1801', 'an inspection, investigation and compliance officer'),
  series('1802', 'a compliance inspection assistant'),
  series('1895', 'a customs and border inspection officer'),
  series('1896', 'a border security agent'),
  series('1890', 'a customs inspector'),
  series('1810', 'a general investigator'),
  series('1816', 'an immigration inspector'),
  series('0301', 'a program administration specialist'),
  series('0343', 'a management and program analyst'),
  series('0303', 'an administrative assistant'),
  series('0132', 'an intelligence analyst'),
  series('0080', 'a security specialist'),
  series('0083', 'a police officer'),
  series('0201', 'a human resources specialist'),
  series('0560', 'a budget analyst'),
  series('0501', 'a financial administration specialist'),
  series('1102', 'a contract specialist'),
  series('2210', 'an IT specialist'),
  series('0905', 'an attorney'),
  series('0986', 'a legal assistant'),
  series('0341', 'an administrative officer'),
  series('0346', 'a logistics manager'),
  series('0340', 'a program manager'),
  series('1805', 'an investigative assistant'),
  series('0007', 'a correctional officer'),
];
