import type { GlossaryEntry } from './entry';
import { t } from './entry';

/** Offices, office heads and areas. */
export const OFFICES: GlossaryEntry[] = [
  // The plural names the people: an office is "SAC office", and "field SACs" are its heads.
  t('office', 'SACs', 'special agents in charge', {
    m: 'SACs(?! offices?)',
    plural: true,
    gloss: 'heads of regional field offices',
  }),
  t('office', 'SAC', 'a Special Agent in Charge office', {
    m: 'SAC(?! [Oo]ffice)|SAC [Oo]ffice|Special Agent in Charge office',
    senses: [
      // A person one briefs or reports to, or beside the deputies: the office's head.
      {
        when: /\b(?:brief(?:ed|ing|s)?|advis(?:ed|ing|es)|report(?:ed|ing|s)? to|inform(?:ed|ing|s)?|met with)\s+(?:the\s+)?SAC\b(?! [Oo]ffice)|\bSAC and (?:the )?[AD]SACs?\b/,
        phrase: 'the special agent in charge',
      },
    ],
    mod: 'regional field office',
    general: 'a regional field office',
    gloss: 'a regional field office',
    heads: ['office'],
  }),
  t('office', 'DSAC', 'a deputy special agent in charge', {
    gloss: 'the deputy head of a regional field office',
    mod: 'deputy office head',
  }),
  t('office', 'ASAC', 'an assistant special agent in charge', {
    gloss: 'a deputy head of a regional field office',
    mod: 'deputy office head',
  }),
  t('office', 'RAC', 'a resident agent in charge office', {
    mod: 'branch office',
    heads: ['office'],
    gloss: 'a local branch office',
    general: 'a local branch office',
  }),
  t('office', 'FOD', 'a field office director', { gloss: 'the head of a regional field office' }),
  t('office', 'DFOD', 'a deputy field office director', {
    gloss: 'the deputy head of a regional field office',
  }),
  t('office', 'AFOD', 'an assistant field office director', {
    gloss: 'an assistant head of a regional field office',
  }),
  t('office', 'SDDO', 'a supervisory detention and deportation officer', { m: 'SDDOs?' }),
  t('office', 'AOR', 'an area of responsibility', {
    m: 'AORs?',
    mod: 'regional',
    gloss: 'the region a field office covers',
  }),
  t('role', 'IJ', 'an immigration judge', { m: 'IJs?', mod: 'immigration', src: 'doj-glossary' }),
  t('office', 'HQ', 'headquarters', { pos: 'noun', src: 'dhs-acronyms' }),
  t('office', 'CPB', 'U.S. Customs and Border Protection', {
    general: 'a federal border and trade agency',
    why: 'A common misspelling of CBP.',
  }),
];
