import type { GlossaryEntry } from './entry';
import { t } from './entry';

/** Agency systems and networks: said as what they hold. Agency-branded ones are generalised too. */
const s = (term: string, civilian: string, o: Parameters<typeof t>[3] = {}) =>
  t('system', term, civilian, { heads: ['system', 'database'], branded: true, general: civilian, ...o });

export const SYSTEMS: GlossaryEntry[] = [
  s('EID/ENFORCE', 'an enforcement case database', {
    m: 'EID ?/ ?ENFORCE|ENFORCE ?/ ?EID',
    mod: 'enforcement case database',
  }),
  s('EARM', 'a removal case management system', { mod: 'case management system' }),
  s('EID', 'an enforcement case database', { mod: 'case database' }),
  s('ENFORCE', 'a case management and booking system', { mod: 'booking system' }),
  s('IDENT', 'a biometric identification database', { mod: 'biometric database' }),
  s('IABS', 'an automated biometric identification system', { mod: 'biometric system' }),
  s('TECS', 'a law enforcement records and screening system', {
    mod: 'law enforcement records',
    gloss: 'a law enforcement records system',
  }),
  s('NCIC', 'the national criminal records database', {
    mod: 'criminal records',
    src: 'doj-glossary',
    branded: false,
  }),
  s('NLETS', 'the interstate law enforcement records network', {
    m: 'NLETS|Nlets',
    mod: 'interstate records',
    branded: false,
  }),
  s('III', 'the interstate criminal history index', {
    m: '(?<!Title |T-)III',
    mod: 'criminal history',
    src: 'doj-glossary',
    branded: false,
  }),
  s('ATS', 'an automated risk-targeting system', {
    m: 'ATS(?![- ](?:resume|friendly|parser|software))',
    mod: 'risk-targeting system',
    why: 'In civilian hiring "ATS" means applicant tracking system; say what this one is.',
  }),
  s('SEVIS', 'the student visa records system', { mod: 'student visa records' }),
  // Not "a benefits case system": a grammar checker reads "benefits case" as a missing possessive
  // and refused the rewrite, which left the code unexplained.
  s('CLAIMS', 'a case management system for immigration benefits', {
    m: 'CLAIMS ?3|CLAIMS',
    mod: 'case management system',
  }),
  s('CPARS', 'contractor performance ratings', {
    m: 'CPARS',
    plural: true,
    mod: 'contractor performance',
    src: 'agency-sites',
    branded: false,
    why: 'CPARS holds the government’s ratings of its contractors’ performance.',
  }),
  s('PLETTS', 'a law enforcement case tracking system', { mod: 'case tracking system' }),
  s('ICM', 'an investigative case management system', { mod: 'case management system' }),
  s('FALCON', 'an investigative data analysis platform', { mod: 'data analysis platform' }),
  s('LeadTrac', 'a lead tracking system', { mod: 'lead tracking system' }),
  s('e3', 'a booking and biometrics processing system', {
    m: 'e3|E3(?= (?:system|processing|biometrics))',
    mod: 'booking system',
  }),
  s('SIGMA', 'an arrest processing system', { mod: 'arrest processing system' }),
  s('UPAX', 'a document imaging system', { mod: 'document imaging system' }),
  s('CCD', 'the visa records database', { mod: 'visa records', src: 'agency-sites' }),
  s('APIS', 'a passenger manifest screening system', { mod: 'passenger manifest' }),
  s('ACE', 'the federal trade processing system', {
    m: 'ACE(?! the)',
    mod: 'trade processing system',
    src: 'cbp-glossary',
  }),
  s('ACS', 'a cargo processing system', { mod: 'cargo processing system', src: 'cbp-glossary' }),
  s('SAVE', 'a benefits eligibility verification system', {
    m: 'SAVE(?! \\$)',
    mod: 'eligibility verification system',
    src: 'agency-sites',
  }),
  s('RAVEN', 'a data analytics platform', { mod: 'data analytics platform' }),
  s('CJIS', 'criminal justice information systems', {
    plural: true,
    mod: 'criminal justice information',
    src: 'doj-glossary',
    branded: false,
  }),
  s('LEO Online', 'a secure law enforcement information portal', {
    m: 'LEO Online|LEEP',
    mod: 'law enforcement portal',
    src: 'doj-glossary',
    branded: false,
  }),
  s('HSDN', 'a classified government network', { mod: 'classified network', heads: ['network'] }),
  s('JWICS', 'a top secret government network', {
    mod: 'top secret network',
    heads: ['network'],
    branded: false,
  }),
  s('SIPRNet', 'a classified government network', {
    m: 'SIPR(?:Net|NET)?',
    mod: 'classified network',
    heads: ['network'],
    branded: false,
  }),
  s('HSIN', 'a secure information-sharing network', {
    mod: 'information-sharing network',
    heads: ['network'],
  }),
  s('NCIC/NLETS', 'national and interstate criminal records databases', {
    m: 'NCIC ?/ ?NLETS',
    plural: true,
    mod: 'criminal records',
    branded: false,
  }),
  s('CCD/IDENT', 'visa and biometric records databases', {
    m: 'CCD ?/ ?IDENT',
    plural: true,
    mod: 'visa and biometric records',
  }),
  s('USAJOBS', 'the federal jobs site', {
    m: 'USAJOBS',
    mod: 'federal jobs site',
    branded: false,
    src: 'opm-gs',
  }),
  s('WebTA', 'a time and attendance system', {
    m: 'WebTA|webTA',
    mod: 'timekeeping system',
    heads: ['system', 'timekeeping'],
  }),
  s('FPPS', 'a federal payroll and personnel system', { mod: 'payroll system', src: 'opm-gs' }),
  // The product is sold as SAP Concur; "Concur" alone reads as the verb to a civilian reader.
  s('Concur', 'SAP Concur', {
    m: '(?<!SAP )Concur(?! with\\b)',
    pos: 'name',
    gloss: 'SAP Concur (travel and expense software)',
    heads: [],
    branded: false,
    src: 'vendor-sites',
    why: 'Concur is commercial travel and expense software; its full product name says so.',
  }),
  s('PRISM', 'a budget and procurement request system', {
    m: 'PRISM(?= (?:procurement|requisitions?|system))',
    mod: 'procurement system',
  }),
  s('FFMS', 'a federal financial management system', { mod: 'financial management system' }),
  s('Palantir', 'Palantir data analysis software', {
    m: 'Palantir',
    action: 'keep',
    branded: false,
    why: 'A commercial product employers recognise; kept as is.',
  }),
  s('Clearview', 'facial recognition software', {
    m: 'Clearview(?: AI)?',
    mod: 'facial recognition',
    branded: false,
  }),
  s('CLEAR', 'a public records search service', {
    m: 'CLEAR(?= (?:database|searches|reports|queries))',
    mod: 'public records',
    branded: false,
  }),
  s('Accurint', 'LexisNexis Accurint public records software', {
    m: 'Accurint',
    action: 'keep',
    branded: false,
  }),
];
