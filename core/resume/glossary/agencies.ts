import type { GlossaryEntry } from './entry';
import { t } from './entry';

/**
 * Agencies, components and offices. One entry per agency decides its wording everywhere: in
 * sentences, on the employer line (`employer`) and under the confidentiality option (`general`).
 * Longer names come first, so "ICE ERO" is read as one employer, not two.
 */
export const AGENCIES: GlossaryEntry[] = [
  t('agency', 'ICE ERO', 'U.S. Immigration and Customs Enforcement', {
    m: 'ICE[ /,-]+ERO|ERO[ /,-]+ICE',
    general: 'a federal law enforcement agency',
    employer: {
      full: 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations',
      general: 'Federal law enforcement agency',
    },
    src: 'ice-glossary',
  }),
  t('agency', 'ICE HSI', 'Homeland Security Investigations', {
    m: 'ICE[ /,-]+HSI|HSI[ /,-]+ICE',
    general: 'a federal criminal investigations agency',
    employer: {
      full: 'U.S. Immigration and Customs Enforcement, Homeland Security Investigations',
      general: 'Federal criminal investigations agency',
    },
    src: 'ice-glossary',
  }),
  t('agency', 'CBP OFO', 'U.S. Customs and Border Protection', {
    m: 'CBP[ /,-]+OFO',
    general: 'a federal border and trade agency',
    employer: {
      full: 'U.S. Customs and Border Protection, Office of Field Operations',
      general: 'Federal border and trade agency',
    },
    src: 'cbp-glossary',
  }),
  t('agency', 'CBP One', 'the CBP One app', {
    m: 'CBP One(?: app)?',
    heads: ['app', 'application'],
    mod: 'CBP One app',
    general: 'a federal traveler app',
    src: 'cbp-glossary',
    why: 'A product name that contains an agency code: it is replaced as a whole, never split.',
  }),
  t('agency', 'ICE', 'U.S. Immigration and Customs Enforcement', {
    m: '(?:the )?U\\.S\\. Immigration (?:and|&) Customs Enforcement|(?:the )?Immigration (?:and|&) Customs Enforcement|ICE',
    general: 'a federal law enforcement agency',
    employer: { general: 'Federal law enforcement agency' },
    src: 'ice-glossary',
  }),
  t('agency', 'CBP', 'U.S. Customs and Border Protection', {
    m: '(?:the )?U\\.S\\. Customs (?:and|&) Border Protection|(?:the )?Customs (?:and|&) Border Protection|CBP',
    general: 'a federal border and trade agency',
    employer: { general: 'Federal border and trade agency' },
    src: 'cbp-glossary',
  }),
  t('agency', 'USBP', 'U.S. Border Patrol', {
    m: '(?:the )?U\\.S\\. Border Patrol(?! [Aa]gents?)|(?:the )?Border Patrol(?! [Aa]gents?| [Aa]cademy)|USBP',
    general: 'a federal border security agency',
    employer: { general: 'Federal border security agency' },
    src: 'cbp-glossary',
  }),
  t('component', 'HSI', 'Homeland Security Investigations', {
    m: 'Homeland Security Investigations|HSI',
    general: 'a federal criminal investigations agency',
    employer: { general: 'Federal criminal investigations agency' },
    src: 'ice-glossary',
  }),
  t('component', 'ERO', 'Enforcement and Removal Operations', {
    m: 'Enforcement (?:and|&) Removal Operations|ERO',
    general: 'a federal law enforcement agency',
    employer: { general: 'Federal law enforcement agency' },
    src: 'ice-glossary',
  }),
  t('component', 'OFO', 'the Office of Field Operations', {
    m: '(?:the )?Office of Field Operations|OFO',
    pos: 'name',
    general: 'a federal port operations office',
    employer: { full: 'Office of Field Operations', general: 'Federal port operations office' },
    src: 'cbp-glossary',
  }),
  t('agency', 'DHS', 'the U.S. Department of Homeland Security', {
    m: '(?:the )?(?:U\\.S\\. )?Department of Homeland Security|DHS',
    pos: 'name',
    general: 'a federal government department',
    employer: { full: 'U.S. Department of Homeland Security', general: 'Federal government department' },
  }),
  t('agency', 'DOJ', 'the U.S. Department of Justice', {
    m: '(?:the )?(?:U\\.S\\. )?Department of Justice|DOJ',
    pos: 'name',
    general: 'a federal government department',
    employer: { full: 'U.S. Department of Justice', general: 'Federal government department' },
    src: 'doj-glossary',
  }),
  t('agency', 'USCIS', 'U.S. Citizenship and Immigration Services', {
    general: 'a federal immigration benefits agency',
    employer: { general: 'Federal immigration benefits agency' },
    src: 'agency-sites',
  }),
  t('agency', 'EOIR', 'the immigration courts', {
    pos: 'name',
    plural: true,
    mod: 'immigration court',
    gloss: 'the Executive Office for Immigration Review (the immigration courts)',
    src: 'doj-glossary',
  }),
  t('agency', 'FBI', 'the Federal Bureau of Investigation', {
    pos: 'name',
    general: 'a federal investigative agency',
    employer: { full: 'Federal Bureau of Investigation', general: 'Federal investigative agency' },
    mod: 'FBI',
    src: 'doj-glossary',
  }),
  t('agency', 'DEA', 'the Drug Enforcement Administration', {
    pos: 'name',
    general: 'a federal drug enforcement agency',
    employer: { full: 'Drug Enforcement Administration', general: 'Federal drug enforcement agency' },
    mod: 'DEA',
    src: 'doj-glossary',
  }),
  t('agency', 'ATF', 'the Bureau of Alcohol, Tobacco, Firearms and Explosives', {
    pos: 'name',
    general: 'a federal firearms enforcement agency',
    employer: {
      full: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
      general: 'Federal firearms enforcement agency',
    },
    mod: 'ATF',
    src: 'doj-glossary',
  }),
  t('agency', 'USMS', 'the U.S. Marshals Service', {
    m: '(?:the )?U\\.S\\. Marshals Service|USMS',
    pos: 'name',
    general: 'a federal court security agency',
    employer: { full: 'U.S. Marshals Service', general: 'Federal court security agency' },
    src: 'doj-glossary',
  }),
  t('agency', 'BOP', 'the Federal Bureau of Prisons', {
    pos: 'name',
    general: 'a federal corrections agency',
    employer: { full: 'Federal Bureau of Prisons', general: 'Federal corrections agency' },
    src: 'doj-glossary',
  }),
  t('agency', 'TSA', 'the Transportation Security Administration', {
    pos: 'name',
    general: 'a federal transportation security agency',
    employer: {
      full: 'Transportation Security Administration',
      general: 'Federal transportation security agency',
    },
    mod: 'TSA',
  }),
  t('agency', 'FEMA', 'the Federal Emergency Management Agency', {
    pos: 'name',
    general: 'a federal emergency management agency',
    employer: { full: 'Federal Emergency Management Agency', general: 'Federal emergency management agency' },
    mod: 'FEMA',
    src: 'fema-ics',
  }),
  t('agency', 'USSS', 'the U.S. Secret Service', {
    pos: 'name',
    general: 'a federal protective agency',
    employer: { full: 'U.S. Secret Service', general: 'Federal protective agency' },
  }),
  t('agency', 'USCG', 'the U.S. Coast Guard', {
    pos: 'name',
    general: 'a federal maritime service',
    employer: { full: 'U.S. Coast Guard', general: 'Federal maritime service' },
  }),
  t('agency', 'DOS', 'the U.S. Department of State', {
    pos: 'name',
    general: 'a federal government department',
    employer: { full: 'U.S. Department of State', general: 'Federal government department' },
    src: 'agency-sites',
  }),
  t('agency', 'IRS-CI', 'IRS Criminal Investigation', {
    m: 'IRS[- ]CI',
    general: 'a federal tax investigations agency',
    employer: { general: 'Federal tax investigations agency' },
    src: 'agency-sites',
  }),
  t('agency', 'FLETC', 'the Federal Law Enforcement Training Centers', {
    pos: 'name',
    mod: 'federal law enforcement academy',
    heads: ['academy'],
    general: 'a federal law enforcement academy',
    src: 'fletc',
  }),
  t('component', 'OIG', 'the Office of Inspector General', {
    m: 'OIG|(?:the )?Office of (?:the )?Inspector General',
    pos: 'name',
    general: 'an internal audit and investigations office',
    src: 'agency-sites',
  }),
  t('component', 'OPR', 'the Office of Professional Responsibility', {
    pos: 'name',
    gloss: 'the internal affairs office',
    general: 'an internal affairs office',
    src: 'ice-glossary',
  }),
  t('component', 'OPLA', 'the Office of the Principal Legal Advisor', {
    pos: 'name',
    mod: 'agency attorney',
    general: 'an agency legal office',
    src: 'ice-glossary',
  }),
  t('component', 'I&A', 'the DHS Office of Intelligence and Analysis', {
    m: 'I&A|(?:the )?(?:DHS )?Office of Intelligence (?:and|&) Analysis',
    pos: 'name',
    mod: 'DHS intelligence',
    general: 'a federal intelligence office',
    employer: {
      full: 'U.S. Department of Homeland Security, Office of Intelligence and Analysis',
      general: 'Federal intelligence office',
    },
    why: 'A code that is a name: replaced as a whole, never read as two words.',
  }),
  t('component', 'NTC', 'the National Targeting Center', {
    pos: 'name',
    mod: 'national targeting',
    general: 'a national risk-analysis center',
    src: 'cbp-glossary',
  }),
  t('component', 'AMO', 'Air and Marine Operations', {
    general: 'a federal air and marine unit',
    src: 'cbp-glossary',
  }),
  t('component', 'ORR', 'the Office of Refugee Resettlement', { pos: 'name', src: 'agency-sites' }),
  t('component', 'USAO', 'a U.S. Attorney’s Office', {
    m: "USAOs?|U\\.S\\. Attorney’?'?s Office",
    mod: 'federal prosecutors’',
    src: 'doj-glossary',
  }),
  // An agency's code before a unit's code names the unit's lead agency: one phrase, one article.
  t('component', 'FBI JTTF', 'the FBI’s Joint Terrorism Task Force', {
    m: 'FBI JTTFs?',
    pos: 'name',
    general: 'a multi-agency counterterrorism task force',
    src: 'doj-glossary',
  }),
  t('component', 'ICE Air', 'ICE Air Operations', {
    m: 'ICE Air(?: Operations)?',
    pos: 'name',
    general: 'the agency’s charter flight unit',
    branded: true,
    src: 'ice-glossary',
    why: 'ICE Air Operations runs the agency’s removal and transfer flights; named in full.',
  }),
  t('component', 'JTTF', 'a Joint Terrorism Task Force', {
    mod: 'joint terrorism task force',
    heads: ['task force'],
    general: 'a multi-agency counterterrorism task force',
    src: 'doj-glossary',
  }),
  t('component', 'HIDTA', 'a High Intensity Drug Trafficking Area task force', {
    mod: 'regional drug trafficking',
    heads: ['task force', 'initiative'],
    general: 'a regional drug task force',
    src: 'agency-sites',
  }),
  t('component', 'OCDETF', 'an Organized Crime Drug Enforcement Task Force', {
    mod: 'organized crime drug enforcement',
    heads: ['task force', 'case', 'investigation', 'partner', 'target'],
    general: 'a multi-agency organized crime task force',
    src: 'doj-glossary',
  }),
  t('component', 'BEST', 'a Border Enforcement Security Task Force', {
    m: 'BEST(?! practices)',
    mod: 'border enforcement security',
    heads: ['task force', 'team'],
    general: 'a multi-agency border investigations task force',
    src: 'ice-glossary',
  }),
  t('component', 'CTCEU', 'the Counterterrorism and Criminal Exploitation Unit', {
    pos: 'name',
    mod: 'visa-overstay investigations',
    src: 'ice-glossary',
  }),
  t('component', 'SEVP', 'the Student and Exchange Visitor Program', {
    pos: 'name',
    mod: 'student visa compliance',
    src: 'ice-glossary',
  }),
  t('component', 'IHSC', 'the ICE Health Service Corps', {
    pos: 'name',
    general: 'a federal health service',
    src: 'ice-glossary',
  }),
];
