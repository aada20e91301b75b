import type { GlossaryEntry } from './entry';
import { t } from './entry';

/**
 * Airport codes of the major U.S. international airports, where CBP officers and agriculture
 * specialists work the arrivals halls. A recruiter reads "MIA" as "missing in action" or nothing
 * at all, so the code becomes the airport's name, but only where the sentence is about an airport
 * (flights, passengers, baggage, a terminal, inspection): elsewhere the letters may mean another
 * thing and are left alone. Names and codes from the FAA's airport data (Order JO 7350 location
 * identifiers), which uses these IATA codes for these airports.
 */
const AIRPORT_WORDS =
  '(?:airports?|flights?|passengers?|travel(?:l?ers)?|baggage|luggage|terminals?|arrivals?|departures?|secondary|primary|inspect\\w*|port of entry|ports of entry|seaport|airside|FIS|CBP|officers?)';

/** The code, when a word about airports comes before or after it in the same sentence. */
const inAirportSentence = (code: string) =>
  `(?<=\\b${AIRPORT_WORDS}\\b[^.;!?]*)${code}|${code}(?=[^.;!?]*\\b${AIRPORT_WORDS}\\b)`;

export const AIRPORTS: [code: string, name: string][] = [
  ['ATL', 'Hartsfield-Jackson Atlanta International Airport'],
  ['BOS', 'Boston Logan International Airport'],
  ['CLT', 'Charlotte Douglas International Airport'],
  ['DFW', 'Dallas Fort Worth International Airport'],
  ['DTW', 'Detroit Metropolitan Wayne County Airport'],
  ['ELP', 'El Paso International Airport'],
  ['EWR', 'Newark Liberty International Airport'],
  ['FLL', 'Fort Lauderdale-Hollywood International Airport'],
  ['HNL', 'Daniel K. Inouye International Airport in Honolulu'],
  ['IAD', 'Washington Dulles International Airport'],
  ['IAH', 'George Bush Intercontinental Airport in Houston'],
  ['JFK', 'John F. Kennedy International Airport'],
  ['LAX', 'Los Angeles International Airport'],
  ['MCO', 'Orlando International Airport'],
  ['MIA', 'Miami International Airport'],
  ['MSP', 'Minneapolis-Saint Paul International Airport'],
  ['ORD', 'Chicago O’Hare International Airport'],
  ['PHL', 'Philadelphia International Airport'],
  ['PHX', 'Phoenix Sky Harbor International Airport'],
  ['SFO', 'San Francisco International Airport'],
  ['SJU', 'Luis Muñoz Marín International Airport in San Juan'],
];

export const AIRPORT_CODES: GlossaryEntry[] = AIRPORTS.map(([code, name]) =>
  t('place', code, name, {
    m: inAirportSentence(code),
    pos: 'name',
    heads: ['airport', 'international airport'],
    branded: false,
    src: 'faa-airports',
    why: 'Airport codes are shorthand; the airport’s name is what a reader outside aviation recognises.',
  }),
);
