import type { GlossaryEntry } from './entry';
import { t } from './entry';

/**
 * Two families of terms mission-support and agriculture resumes carry: CBP agriculture inspection
 * (with USDA's plant-health programs), and federal budget execution. Meanings from USDA APHIS and
 * GAO's budget glossary; the wording is ours.
 */
export const AGRICULTURE_AND_BUDGET: GlossaryEntry[] = [
  t('program', 'A-123', 'OMB Circular A-123', {
    m: '(?:OMB )?(?:Circular )?A-123',
    pos: 'name',
    mod: 'OMB Circular A-123',
    heads: [],
    branded: false,
    src: 'omb-circulars',
    why: 'Named as the circular it is, so a finance reader knows the internal-control standard.',
  }),
  t('program', 'VITA', 'the IRS Volunteer Income Tax Assistance program', {
    m: 'VITA',
    pos: 'name',
    mod: 'Volunteer Income Tax Assistance (VITA)',
    heads: ['program'],
    branded: false,
    src: 'agency-sites',
    why: 'The IRS program’s name says what the volunteer work was.',
  }),
  t('agency', 'APHIS', 'the USDA Animal and Plant Health Inspection Service', {
    m: 'USDA APHIS|APHIS',
    pos: 'name',
    mod: 'USDA plant and animal health',
    heads: ['rule', 'regulation', 'standard'],
    src: 'usda-aphis',
    branded: false,
  }),
  t('component', 'PPQ', 'USDA Plant Protection and Quarantine', {
    m: '(?:USDA )?(?:APHIS )?PPQ',
    pos: 'name',
    mod: 'USDA plant protection',
    src: 'usda-aphis',
    branded: false,
  }),
  t('program', 'AQI', 'agriculture quarantine inspection', {
    mod: 'agriculture inspection',
    heads: ['inspection'],
    src: 'usda-aphis',
  }),
  t('form', 'EAN', 'an emergency action notice', {
    m: 'EANs?',
    mod: 'emergency action',
    heads: ['notice', 'notification'],
    src: 'usda-aphis',
  }),
  t('role', 'CBPAS', 'a CBP agriculture specialist', {
    m: 'CBPAS(?:s)?',
    mod: 'agriculture specialist',
    general: 'a federal agriculture inspection specialist',
    src: 'cbp-glossary',
  }),
  t('program', 'SITC', 'USDA Smuggling Interdiction and Trade Compliance', {
    pos: 'name',
    mod: 'USDA anti-smuggling',
    general: 'a federal anti-smuggling unit',
    src: 'usda-aphis',
  }),
  t('system', 'AQAS', 'a USDA agriculture inspection database', {
    mod: 'agriculture inspection database',
    src: 'usda-aphis',
    branded: false,
  }),
  t('role', 'DFO', 'the director of field operations', {
    m: 'DFOs?',
    mod: 'field operations director',
    src: 'cbp-glossary',
  }),
  t('word', 'OJT', 'on-the-job training', { pos: 'noun', src: 'opm-gs' }),
  t('component', 'M&A', 'the Management and Administration directorate', {
    // ICE's support directorate; never "mergers and acquisitions", which is what recruiters read.
    m: '(?<=ICE[ /,-]+)M&A|(?<=(?:ERO|HSI|OPR|OPLA|OPA),? (?:and|or) )M&A|M&A(?=,? (?:and|or) (?:ERO|HSI|OPR|OPLA)\\b| directorate)',
    mod: 'management and administration',
    general: 'the agency’s management and administration directorate',
    src: 'ice-glossary',
  }),
  t('program', 'O&S', 'the operations and support appropriation', {
    mod: 'operating budget',
    heads: ['appropriation', 'account', 'funding'],
    src: 'gao-budget',
  }),
  t('program', 'O&M', 'operations and maintenance funding', {
    mod: 'operations and maintenance',
    heads: ['funding', 'funds', 'account'],
    src: 'gao-budget',
    why: 'O&M is the budget account that pays for running and upkeep; said in full.',
  }),
  t('form', 'CLIN', 'a contract line item', {
    m: 'CLINs?',
    mod: 'contract line item',
    heads: ['line item'],
    src: 'ecfr-48',
    why: 'A CLIN is one priced line of a federal contract (FAR 4.1005); said in full.',
  }),
  t('hr', 'EOD', 'entry on duty', {
    pos: 'noun',
    mod: 'entry-on-duty',
    heads: ['date'],
    src: 'opm-forms',
    why: 'EOD is the OPM term for a new employee’s first day on the job; said in full.',
  }),
  t('role', 'BPPC', 'a Border Patrol processing coordinator', {
    m: 'BPPCs?',
    mod: 'Border Patrol processing',
    src: 'cbp-glossary',
    why: 'Border Patrol processing coordinators book and process people in custody so agents can return to the field; said in full.',
  }),
  t('agency', 'ICE M&A', 'U.S. Immigration and Customs Enforcement', {
    m: 'ICE[ /,-]+M&A',
    general: 'a federal law enforcement agency',
    employer: {
      full: 'U.S. Immigration and Customs Enforcement, Management and Administration',
      general: 'Federal law enforcement agency',
    },
    src: 'ice-glossary',
  }),
  t('office', 'OCFO', 'the Office of the Chief Financial Officer', {
    pos: 'name',
    mod: 'finance office',
    general: 'the agency’s finance office',
    src: 'dhs-acronyms',
  }),
  t('form', 'MIPR', 'an interagency purchase request', {
    m: 'MIPRs?',
    mod: 'interagency purchase',
    heads: ['request'],
    src: 'gao-budget',
  }),
  t('form', 'PR', 'a purchase request', {
    // Only beside other procurement words: a "PR" elsewhere is public relations.
    m: 'PRs?(?=,? (?:and|or) MIPRs?)|PRs?(?= (?:packages?|requests?|lines?))',
    mod: 'purchase request',
    src: 'gao-budget',
  }),
  t('legal', 'ADA', 'the Antideficiency Act', {
    // In a budget sentence ADA is the Antideficiency Act, not the Americans with Disabilities Act.
    m: 'ADA(?= (?:risks?|violations?|reviews?|compliance))',
    pos: 'name',
    mod: 'Antideficiency Act',
    src: 'gao-budget',
  }),
  t('role', 'AD', 'an assistant director', {
    m: '(?<=the )AD(?= and| for|,)',
    mod: 'assistant director',
    src: 'ice-glossary',
  }),
  t('agency', 'OMB', 'the White House Office of Management and Budget', {
    pos: 'name',
    mod: 'White House',
    src: 'gao-budget',
    branded: false,
  }),
];
