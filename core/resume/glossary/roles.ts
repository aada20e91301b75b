import type { GlossaryEntry } from './entry';
import { t } from './entry';

const r = (term: string, civilian: string, o: Parameters<typeof t>[3] = {}) => t('role', term, civilian, o);

/** Roles said in full. */
export const ROLES: GlossaryEntry[] = [
  r('AUSA', 'an assistant U.S. attorney', { m: 'AUSA', mod: 'federal prosecutor', src: 'doj-glossary' }),
  r('DO', 'a deportation officer', {
    m: 'DO(?= (?:duties|caseloads?|teams?))|DOs',
    mod: 'deportation officer',
    general: 'a federal case officer',
    src: 'ice-glossary',
  }),
  r('IEA', 'an immigration enforcement agent', {
    m: 'IEA',
    mod: 'immigration enforcement agent',
    general: 'a federal enforcement officer',
    src: 'ice-glossary',
  }),
  r('SA', 'a special agent', {
    m: 'SAs?(?= (?:and|from|with|on|in|assigned))|SAs',
    mod: 'special agent',
    src: 'ice-glossary',
  }),
  r('CBPO', 'a CBP officer', {
    m: 'CBPO',
    mod: 'port officer',
    general: 'a federal inspection officer',
    src: 'cbp-glossary',
  }),
  r('PAIC', 'a patrol agent in charge', {
    m: 'PAICs?',
    gloss: 'the head of a Border Patrol station',
    mod: 'station chief',
    src: 'cbp-glossary',
    why: 'The Patrol Agent in Charge runs a Border Patrol station; the title is said in full.',
  }),
  r('UDA', 'an undocumented migrant', {
    m: 'UDAs?',
    src: 'cbp-glossary',
    why: 'Border Patrol shorthand for an undocumented person; said in plain words.',
  }),
  r('BPA', 'a Border Patrol agent', {
    m: 'BPA(?! [Aa]cademy)',
    mod: 'Border Patrol agent',
    general: 'a federal border security agent',
    src: 'cbp-glossary',
  }),
  r('Border Patrol agent', 'a Border Patrol agent', {
    m: '(?:U\\.S\\. )?Border Patrol [Aa]gents?',
    action: 'keep',
    general: 'a federal border security agent',
    src: 'cbp-glossary',
  }),
  r('LEO', 'a law enforcement officer', { m: 'LEO(?! Online)', mod: 'law enforcement', src: 'doj-glossary' }),
  r('IRS', 'an intelligence research specialist', {
    m: 'IRS(?= (?:duties|position|role|team))',
    mod: 'intelligence research',
    src: 'odni-glossary',
  }),
  r('MSS', 'a mission support specialist', { m: 'MSS', mod: 'mission support', src: 'ice-glossary' }),
  r('DRA', 'a detention and removal assistant', { m: 'DRA', mod: 'case records', src: 'ice-glossary' }),
  r('TFO', 'a task force officer', { mod: 'task force', src: 'doj-glossary' }),
  r('COR', 'a contracting officer’s representative', {
    m: 'COR',
    mod: 'contract oversight',
    heads: ['duties', 'role'],
    src: 'agency-sites',
  }),
  r('CO', 'a contracting officer', { m: 'CO(?= (?:for|duties|warrant))', src: 'agency-sites' }),
  r('PIO', 'a public information officer', { mod: 'public information', src: 'fema-ics' }),
  r('EAD', 'an executive associate director', { m: 'EAD(?= (?:of|for))', src: 'ice-glossary' }),
  r('SSA', 'a supervisory special agent', {
    m: 'SSA(?= (?:for|of|over|and|to|in))|SSAs',
    mod: 'investigations supervisor',
    src: 'ice-glossary',
  }),
];
