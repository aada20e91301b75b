import type { GlossaryEntry } from './entry';
import { t } from './entry';

/**
 * The Federal Protective Service's work on federal buildings, and the intelligence community
 * inspectors and analysts report to. Meanings from FPS's program pages and the Interagency
 * Security Committee's standard (cisa.gov/isc), and from ODNI for the intelligence community.
 */
export const FACILITY_PROTECTION: GlossaryEntry[] = [
  t('word', 'FSA', 'a facility security assessment', {
    m: 'FSAs?',
    mod: 'facility security',
    heads: ['assessment'],
    src: 'agency-sites',
    why: 'FPS inspectors assess each federal facility’s risks and countermeasures in a Facility Security Assessment; said in full.',
  }),
  t('component', 'ISC', 'the Interagency Security Committee', {
    m: 'ISC(?![\\w-])',
    pos: 'name',
    mod: 'Interagency Security Committee',
    src: 'agency-sites',
    branded: false,
    why: 'The Interagency Security Committee sets the security standards for federal facilities; said in full.',
  }),
  t('role', 'PSO', 'a protective security officer', {
    m: 'PSOs?',
    mod: 'protective security',
    heads: ['contract guard', 'guard', 'officer'],
    src: 'agency-sites',
    why: 'Protective security officers are the contract guards FPS oversees at federal buildings; said in full.',
  }),
  t('word', 'IC', 'the intelligence community', {
    // Only where the sentence is about intelligence: an "IC" in an incident-command sentence is a
    // commander, and elsewhere the letters are too short to be sure of.
    m: 'IC(?=\\W)(?<=(?:disseminated|shared|distributed|released|briefed|partners|products?|reporting|customers) (?:to |with |across |in )?(?:the )?IC)',
    pos: 'name',
    mod: 'intelligence community',
    src: 'odni-glossary',
    branded: false,
    why: 'The intelligence community is the eighteen federal intelligence organizations (dni.gov); said in full.',
  }),
];
