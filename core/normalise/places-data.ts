/** U.S. states, territories and DC, by USPS code (https://pe.usps.com/text/pub28/28apb.htm). */
// biome-ignore format: a lookup table reads best compact
export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii',
  ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico', GU: 'Guam', VI: 'U.S. Virgin Islands',
};

/** Canadian provinces and territories by postal abbreviation. */
// biome-ignore format: a lookup table reads best compact
export const CA_PROVINCES: Record<string, string> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island',
  QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
};

/** Country names and codes seen in job feeds, mapped to ISO 3166-1 alpha-2. */
// biome-ignore format: a lookup table reads best compact
export const COUNTRY_ALIASES: Record<string, string> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', us: 'US', 'u.s.': 'US', 'u.s.a.': 'US',
  america: 'US', canada: 'CA', can: 'CA', mexico: 'MX', méxico: 'MX', mex: 'MX', 'united kingdom': 'GB', uk: 'GB',
  gb: 'GB', gbr: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', ireland: 'IE', irl: 'IE',
  germany: 'DE', deutschland: 'DE', deu: 'DE', france: 'FR', fra: 'FR', spain: 'ES', españa: 'ES', italy: 'IT',
  netherlands: 'NL', 'the netherlands': 'NL', belgium: 'BE', switzerland: 'CH', austria: 'AT', poland: 'PL',
  portugal: 'PT', sweden: 'SE', norway: 'NO', denmark: 'DK', finland: 'FI', india: 'IN', ind: 'IN', japan: 'JP',
  jpn: 'JP', china: 'CN', singapore: 'SG', sgp: 'SG', australia: 'AU', aus: 'AU', 'new zealand': 'NZ',
  brazil: 'BR', brasil: 'BR', argentina: 'AR', colombia: 'CO', chile: 'CL', israel: 'IL', isr: 'IL',
  'south korea': 'KR', korea: 'KR', taiwan: 'TW', twn: 'TW', philippines: 'PH', 'puerto rico': 'PR',
  'costa rica': 'CR', 'united arab emirates': 'AE', uae: 'AE', 'hong kong': 'HK', malaysia: 'MY',
};
