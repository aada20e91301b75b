import type { GlossaryEntry } from './entry';
import { t } from './entry';

/** Agency and OPM forms, said as the document they are. Matching allows "I-213", "I213", "I-213s". */
const f = (term: string, civilian: string, o: Parameters<typeof t>[3] = {}) =>
  t('form', term, civilian, { m: term.replace('-', '-?'), ...o });

export const FORMS: GlossaryEntry[] = [
  f('RFE', 'a request for evidence', {
    mod: 'request for evidence',
    src: 'uscis-forms',
    why: 'USCIS asks an applicant for missing evidence with a Request for Evidence; said in full.',
  }),
  f('NOID', 'a notice of intent to deny', {
    mod: 'notice of intent to deny',
    src: 'uscis-forms',
    why: 'A Notice of Intent to Deny tells an applicant why USCIS means to deny a case; said in full.',
  }),
  f('I-213', 'an arrest and case report', {
    mod: 'arrest report',
    heads: ['report', 'record'],
    gloss: 'a record of a noncitizen’s arrest',
  }),
  f('I-862', 'an immigration court charging document', {
    heads: ['charging document', 'notice to appear'],
    src: 'ecfr-8',
  }),
  f('NTA', 'an immigration court charging document', {
    m: 'NTA',
    heads: ['charging document'],
    src: 'ecfr-8',
  }),
  f('Notice to Appear', 'an immigration court charging document', { m: 'Notices? to Appear', src: 'ecfr-8' }),
  f('I-247A', 'a detainer request to a local jail', {
    m: 'I-?247A?(?:\\/I-?247[A-Z])?',
    mod: 'detainer',
    heads: ['detainer', 'detainer request', 'request'],
  }),
  f('I-200', 'an administrative arrest warrant', { mod: 'administrative warrant', heads: ['warrant'] }),
  f('I-205', 'a removal warrant', { mod: 'removal warrant', heads: ['warrant'] }),
  f('I-216', 'a custody transfer record', { mod: 'transfer record', heads: ['record'] }),
  f('I-217', 'a personal property record', { mod: 'property record', heads: ['record'] }),
  f('I-286', 'a custody determination notice', { mod: 'custody notice', heads: ['notice'] }),
  f('I-830', 'a case transfer notice', { mod: 'transfer notice', heads: ['notice'] }),
  f('I-867', 'a sworn statement record', {
    m: 'I-?867[AB]?',
    mod: 'sworn statement',
    heads: ['statement', 'sworn statement'],
  }),
  f('I-871', 'a notice reinstating a prior removal order', { mod: 'reinstatement', heads: ['notice'] }),
  f('I-860', 'an expedited removal order', { mod: 'expedited removal order', heads: ['order'] }),
  f('I-94', 'an arrival and departure record', {
    mod: 'arrival and departure',
    heads: ['record'],
    src: 'cbp-forms',
  }),
  f('I-9', 'an employment eligibility verification form', {
    m: 'I-?9(?![0-9])',
    mod: 'employment eligibility',
    heads: ['form', 'verification'],
    why: 'HR readers know the I-9; the plain name is added.',
    action: 'gloss',
    gloss: 'employment eligibility verification',
  }),
  f('I-130', 'a family visa petition', { mod: 'family visa', heads: ['petition'] }),
  f('I-140', 'an employment visa petition', { mod: 'employment visa', heads: ['petition'] }),
  f('I-485', 'a green card application', { mod: 'green card', heads: ['application'] }),
  f('I-589', 'an asylum application', { mod: 'asylum', heads: ['application'] }),
  f('I-765', 'a work permit application', { mod: 'work permit', heads: ['application'] }),
  f('I-751', 'a petition to remove conditions on residence', { mod: 'residence', heads: ['petition'] }),
  f('N-400', 'a naturalization application', { mod: 'naturalization', heads: ['application'] }),
  f('I-220A', 'an order of release on recognizance', { m: 'I-?220[AB]', mod: 'release', heads: ['order'] }),
  f('G-166', 'a report of investigation', {
    m: 'G-?166[A-Z]?',
    mod: 'investigation report',
    heads: ['report', 'report of investigation'],
    src: 'ice-glossary',
  }),
  f('ROI', 'a report of investigation', {
    m: 'ROI',
    mod: 'investigation report',
    heads: ['report'],
    src: 'ice-glossary',
    why: 'In business "ROI" means return on investment; say what this one is.',
  }),
  f('SF-52', 'a personnel action request', {
    heads: ['personnel action', 'request'],
    mod: 'personnel action',
    src: 'opm-forms',
  }),
  f('SF-50', 'a personnel action record', {
    heads: ['personnel action', 'notification', 'record'],
    mod: 'personnel action',
    src: 'opm-forms',
  }),
  f('SF-86', 'a security clearance questionnaire', {
    heads: ['questionnaire', 'background investigation'],
    mod: 'security clearance',
    src: 'opm-forms',
  }),
  f('SF-182', 'a training request', {
    heads: ['training request', 'request'],
    mod: 'training',
    src: 'opm-forms',
  }),
  f('SF-171', 'a federal employment application', {
    mod: 'federal employment',
    heads: ['application'],
    src: 'opm-forms',
  }),
  f('OF-306', 'a declaration for federal employment', {
    mod: 'employment',
    heads: ['declaration'],
    src: 'opm-forms',
  }),
  f('CF-6059B', 'a customs declaration', {
    mod: 'customs declaration',
    heads: ['declaration'],
    src: 'cbp-forms',
  }),
  f('CF-7501', 'an import entry summary', {
    mod: 'entry summary',
    heads: ['entry summary', 'summary'],
    src: 'cbp-forms',
  }),
  f('CF-28', 'a request for information to an importer', {
    mod: 'information',
    heads: ['request'],
    src: 'cbp-forms',
  }),
  f('CF-29', 'a notice of proposed action to an importer', {
    mod: 'proposed action notice',
    heads: ['notice'],
    src: 'cbp-forms',
  }),
  f('CF-4647', 'a notice to mark or redeliver goods', {
    mod: 'redelivery notice',
    heads: ['notice'],
    src: 'cbp-forms',
  }),
  f('DS-160', 'a visa application', { mod: 'visa application', heads: ['application'], src: 'agency-sites' }),
  f('FD-302', 'an interview report', { mod: 'interview report', heads: ['report'], src: 'doj-glossary' }),
  f('DD-214', 'a military discharge record', {
    action: 'gloss',
    gloss: 'military service record',
    src: 'agency-sites',
  }),
];
