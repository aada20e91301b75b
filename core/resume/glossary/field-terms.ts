import type { GlossaryEntry } from './entry';
import { t } from './entry';

/**
 * Field words and roles. Honesty rules: removals, deportations and apprehensions are said plainly;
 * seizures stay seizures; "non-detained" never becomes "in custody".
 */
const w = (term: string, civilian: string, o: Parameters<typeof t>[3] = {}) =>
  t('word', term, civilian, { pos: 'noun', ...o });

export const FIELD_TERMS: GlossaryEntry[] = [
  w('illegal aliens', 'noncitizens without legal status', {
    m: '(?:illegal|undocumented) aliens',
    plural: true,
    why: 'Plain, neutral wording; the count and the act stay as they were.',
  }),
  w('criminal aliens', 'noncitizens with criminal convictions', {
    m: 'criminal aliens',
    plural: true,
    why: 'Plain, neutral wording that keeps the meaning.',
  }),
  w('removable aliens', 'removable noncitizens', { m: 'removable aliens', plural: true }),
  w('aliens', 'noncitizens', {
    m: 'aliens',
    plural: true,
    why: '"Alien" is the legal term; "noncitizen" means the same and reads as professional English.',
  }),
  w('alien', 'a noncitizen', {
    m: 'alien(?![- ](?:file|number|registration|smuggling))',
    why: '"Alien" is the legal term; "noncitizen" means the same and reads as professional English.',
  }),
  w('alien smuggling', 'human smuggling', {
    m: '(?:alien|migrant) smuggling',
    why: 'Plain wording that keeps the meaning.',
  }),
  w('illegal immigrants', 'noncitizens without legal status', { m: 'illegal immigrants', plural: true }),
  w('non-detained docket', 'a caseload of people not held in detention', {
    m: '(?:non-detained|nondetained|non detained) docket',
    mod: 'non-detained caseload',
    why: 'Docket is agency shorthand. Non-detained means not in custody, and the wording keeps that.',
  }),
  w('detained docket', 'a caseload of people held in detention', {
    m: 'detained docket',
    mod: 'detention caseload',
    why: 'Docket is agency shorthand for a caseload of people held in detention.',
  }),
  w('docket', 'a caseload', {
    m: 'docket(?! (?:control|clerk|number))',
    why: 'Docket is agency shorthand for a caseload.',
  }),
  w('detainees', 'people in detention', {
    m: 'detainees',
    plural: true,
    why: 'Plain wording; "in detention" keeps the meaning.',
  }),
  w('detainee', 'a person in detention', {
    m: 'detainee(?! (?:transport|files?|population|records?|property))',
    mod: 'detention',
  }),
  w('line watch', 'border surveillance', { m: 'line ?watch(?: operations| duties)?', src: 'cbp-glossary' }),
  w('sign-cutting', 'tracking', {
    m: 'sign[- ]?cutting|cutting sign',
    src: 'cbp-glossary',
    why: 'Sign-cutting is tracking by physical signs; "tracking" says it plainly.',
  }),
  w('drag road', 'a tracking road', { m: 'drag roads?', src: 'cbp-glossary' }),
  w('UC', 'undercover work', {
    m: 'UC(?= (?:operations?|agents?|officers?|buys?|meetings?|roles?|assignments?|capacity)\\b)',
    mod: 'undercover',
    src: 'doj-glossary',
    why: '"UC" is agency shorthand for undercover; the word itself is plain English.',
  }),
  w('TOT', 'a transfer to another agency', { m: 'TOT', heads: ['transfer'] }),
  w('UAC', 'an unaccompanied child', {
    m: 'UAC|UC(?= (?:cases?|placements?|transfers?))',
    mod: 'unaccompanied child',
    heads: ['case', 'placement'],
    src: 'agency-sites',
  }),
  w('FMUA', 'a family unit', { m: 'FMUAs?|FAMU', mod: 'family unit' }),
  w('OTM', 'a national of a country outside Mexico', {
    m: 'OTM',
    mod: 'non-Mexican national',
    src: 'cbp-glossary',
  }),
  w('got-away', 'a person who evaded apprehension', { m: 'got-?aways?|gotaways?', src: 'cbp-glossary' }),
  w('PAU', 'a passenger analysis unit', {
    m: 'PAUs?',
    mod: 'passenger analysis',
    heads: ['unit', 'team'],
    src: 'cbp-glossary',
  }),
  w('FIS', 'the federal inspection area', {
    m: 'FIS(?= (?:area|facility|passenger|processing|hall|operations))',
    mod: 'federal inspection area',
    heads: ['area', 'facility', 'hall'],
    src: 'cbp-glossary',
    why: 'FIS (Federal Inspection Services) is the airport area where arriving travelers are inspected.',
  }),
  w('Simplified Arrival', 'Simplified Arrival, CBP’s facial-comparison entry process', {
    m: 'Simplified Arrival(?! \\()',
    pos: 'name',
    action: 'gloss',
    gloss: 'CBP’s facial-comparison entry process',
    src: 'cbp-glossary',
    why: 'A program name a reader outside CBP will not know; kept with what it is.',
  }),
  w('NII', 'non-intrusive inspection', {
    m: 'NII',
    mod: 'non-intrusive inspection',
    src: 'cbp-glossary',
    why: 'NII is CBP’s term for X-ray and gamma-ray imaging of vehicles and cargo; said in full.',
  }),
  w('secondary', 'secondary inspection', {
    m: '(?<=\\b(?:for|to|in|into|from) )secondary(?! inspections?\\b)(?=[.,;:)]|$| (?:and|or|at|for|with|then|when|on|after|before|until|by)\\b)',
    src: 'cbp-glossary',
    why: '"Secondary" alone is CBP shorthand for the secondary inspection area.',
  }),
  w('secondary inspection', 'a secondary inspection', {
    m: 'secondary inspections?',
    action: 'keep',
    src: 'cbp-glossary',
    why: 'Inspection is the plain word for what was done; kept.',
  }),
  w('primary inspection', 'a primary inspection', {
    m: 'primary inspections?',
    action: 'keep',
    src: 'cbp-glossary',
  }),
  w('expedited removal', 'expedited removal', {
    m: 'expedited removals?',
    action: 'gloss',
    gloss: 'removal without a court hearing',
    src: 'ecfr-8',
  }),
  w('voluntary return', 'voluntary return', {
    m: 'voluntary returns?',
    action: 'gloss',
    gloss: 'departure without a removal order',
    src: 'ecfr-8',
  }),
  w('credible fear interview', 'an asylum screening interview', {
    m: 'credible fear (?:interviews?|screenings?)',
    src: 'ecfr-8',
  }),
  w('detainer', 'a detainer request', {
    m: 'detainers?(?! requests?)',
    heads: ['request'],
    why: 'A detainer is a request to a jail to hold a person for transfer; the plain name says so.',
  }),
  w('fugitive operations', 'fugitive operations', {
    m: '[Ff]ugitive [Oo]perations(?: [Tt]eams?)?',
    action: 'gloss',
    gloss: 'locating people with outstanding removal orders',
  }),
  w('target folder', 'a case research file', { m: 'target folders?' }),
  w('at-large arrest', 'an at-large arrest', {
    m: 'at-large arrests?',
    action: 'gloss',
    gloss: 'made in the community rather than at a jail',
  }),
  w('A-file', 'an immigration case file', { m: 'A-?files?', mod: 'immigration case file', heads: ['file'] }),
  w('A-number', 'an immigration case number', { m: 'A-?numbers?', mod: 'case number' }),
  w('FINS', 'a fingerprint identification number', { m: 'FINS', mod: 'fingerprint' }),
  w('BOLO', 'a be-on-the-lookout alert', { mod: 'lookout', heads: ['alert', 'notice'], src: 'doj-glossary' }),
  // A lookout is a record that flags a person or vehicle for inspection; "TECS lookouts" is one
  // thing, so the system name and the noun are read together ("records lookouts" said nothing).
  w('lookout', 'a law enforcement watchlist alert', {
    m: '(?:(?:TECS|NCIC|IDENT|ATS) )?lookouts?(?= (?:records?|entries|hits?))|(?:TECS|NCIC|IDENT|ATS) lookouts?|LOOKOUT',
    mod: 'watchlist',
    heads: ['record', 'entry', 'hit'],
    src: 'cbp-glossary',
  }),
  w('CI', 'a confidential informant', {
    m: 'CI',
    senses: [
      {
        when: /\b(?:poly(?:graph)?s?|TS\/SCI|clearance|espionage|foreign intelligence|insider threat|counter)/i,
        phrase: 'counterintelligence',
      },
      {
        when: /\b(?:sources?|handl(?:er|ed|ing)|informants?|recruit|paid|registered|debrief)/i,
        phrase: 'a confidential informant',
        mod: 'confidential',
        heads: ['source'],
      },
    ],
    mod: 'informant',
    src: 'doj-glossary',
    why: 'CI has two meanings: counterintelligence beside a polygraph or clearance, confidential informant beside a source or handler.',
  }),
  w('poly', 'polygraph', {
    m: '(?<=(?:CI|FS|full-scope|[Ll]ifestyle|counterintelligence) )poly',
    pos: 'noun',
    why: 'Spelled out for readers outside government.',
  }),
  w('HUMINT', 'human intelligence', { m: 'HUMINT', src: 'odni-glossary' }),
  w('OSINT', 'open-source intelligence', { m: 'OSINT', src: 'odni-glossary' }),
  w('SIGINT', 'signals intelligence', { m: 'SIGINT', src: 'odni-glossary' }),
  w('IIR', 'an intelligence information report', {
    mod: 'intelligence',
    heads: ['report'],
    src: 'odni-glossary',
  }),
  w('FOUO', 'for official use only', {
    m: 'FOUO',
    pos: 'adjective',
    mod: 'for-official-use-only',
    src: 'dhs-acronyms',
  }),
  w('LES', 'law enforcement sensitive', {
    m: 'LES(?= (?:information|material|reports?|products?|data))',
    pos: 'adjective',
    src: 'dhs-acronyms',
  }),
  w('PII', 'personal data', { m: 'PII', action: 'keep', src: 'dhs-acronyms' }),
  w('CoC', 'chain of custody', { m: 'CoC', mod: 'chain-of-custody', src: 'doj-glossary' }),
  w('COOP', 'a continuity of operations plan', {
    m: 'COOP',
    mod: 'continuity of operations',
    heads: ['plan', 'planning', 'exercise'],
    src: 'fema-ics',
  }),
  w('ICS', 'the Incident Command System', {
    m: 'ICS(?:[- ]\\d{3})?',
    pos: 'name',
    mod: 'incident command',
    src: 'fema-ics',
  }),
  w('NIMS', 'the National Incident Management System', {
    pos: 'name',
    mod: 'incident management',
    src: 'fema-ics',
  }),
  w('EOC', 'an emergency operations center', {
    mod: 'emergency operations',
    heads: ['center'],
    src: 'fema-ics',
  }),
  w('SOP', 'a standard operating procedure', { m: 'SOP', action: 'keep', src: 'dhs-acronyms' }),
  w('use of force', 'use of force', { m: 'UOF', action: 'rewrite', mod: 'use-of-force' }),
  w('NTA issuance', 'charging documents issued', { m: 'NTA issuances?', plural: true }),
  w('encounters', 'encounters', {
    m: 'encounters',
    action: 'keep',
    plural: true,
    why: 'Encounter is plain English; kept.',
  }),
  w('processing', 'processing', {
    m: 'processing of (?:detainees|subjects|aliens)',
    action: 'rewrite',
    why: 'Plain wording.',
  }),
  w('subjects', 'people under investigation', {
    m: 'subjects of investigation',
    plural: true,
    src: 'doj-glossary',
  }),
  w('narcotics interdiction', 'drug interdiction', { m: 'narcotics interdictions?' }),
  w('TCO', 'a transnational criminal organization', {
    mod: 'transnational criminal',
    heads: ['organization', 'network'],
    src: 'doj-glossary',
  }),
  w('DTO', 'a drug trafficking organization', {
    mod: 'drug trafficking',
    heads: ['organization', 'network'],
    src: 'doj-glossary',
  }),
  w('SWB', 'the southwest border', {
    m: 'SWB',
    mod: 'southwest border',
    src: 'cbp-glossary',
    why: 'CBP shorthand for the U.S.–Mexico border; said in full.',
  }),
  w('TBML', 'trade-based money laundering', {
    mod: 'trade-based money laundering',
    src: 'ice-glossary',
    why: 'HSI’s term for moving criminal money by falsifying the price or quantity of traded goods.',
  }),
  w('POC', 'a point of contact', { m: 'POCs?', mod: 'point of contact' }),
  w('CDR', 'call detail record', {
    m: 'CDRs?(?= (?:analysis|records?|data|returns?)|s\\b)',
    mod: 'call detail record',
    why: 'Phone-company call records used in investigations; said in full.',
  }),
  w('IRSs', 'intelligence research specialists', {
    m: 'IRSs',
    plural: true,
    why: 'Plural "IRSs" are HSI intelligence research specialists, not the Internal Revenue Service.',
  }),
  w('HSTF', 'a homeland security task force', { mod: 'homeland security', heads: ['task force'] }),
  w('CEU', 'a counterterrorism and overstay unit', {
    m: 'CEU(?= (?:leads?|cases?|unit))',
    mod: 'visa overstay',
    heads: ['unit'],
  }),
  w('overstays', 'visa overstay cases', { m: 'overstays', plural: true }),
  w('PD', 'a position description', {
    m: 'PD',
    senses: [
      {
        when: /(?:\b(?:local|city|county|municipal|tribal|state)|(?<=\S )[A-Z][a-z]+(?: [A-Z][a-z]+)?) PDs?\b|\bPD (?:officers?|detectives?|partners?)/,
        phrase: 'a police department',
        mod: 'police department',
      },
    ],
    mod: 'job description',
    src: 'opm-gs',
    why: 'PD after a city or "local" is a police department; elsewhere in HR work it is a position description.',
  }),
  w('SO', 'a sheriff’s office', {
    m: 'SO(?= (?:deputies|deputy|jail))|(?<=(?:County|Parish) )SO',
    mod: 'sheriff’s office',
    src: 'doj-glossary',
  }),
];
