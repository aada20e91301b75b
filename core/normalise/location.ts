import type { Place } from '../lead/lead';
import type { RawLocationInput } from '../lead/raw-lead';
import { decodeText } from './html';
import { CA_PROVINCES, COUNTRY_ALIASES, US_STATES } from './places-data';

const US_STATE_BY_NAME = new Map(Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code]));
const CA_PROVINCE_BY_NAME = new Map(
  Object.entries(CA_PROVINCES).map(([code, name]) => [name.toLowerCase(), code]),
);

/** Words that describe how work is done rather than where. */
const NOT_A_PLACE =
  /^(remote|hybrid|on-?site|anywhere|multiple locations?|various locations?|telecommute|virtual|home[- ]based|work from home|wfh|nationwide)$/i;

export function countryCode(text: string | null | undefined): string | null {
  if (!text) return null;
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (COUNTRY_ALIASES[key]) return COUNTRY_ALIASES[key];
  const upper = key.toUpperCase();
  return /^[a-z]{2}$/.test(key) && !US_STATES[upper] && !CA_PROVINCES[upper] ? upper : null;
}

function usState(text: string): string | null {
  const t = text.trim();
  if (/^[A-Z]{2}$/.test(t) && US_STATES[t]) return t;
  return US_STATE_BY_NAME.get(t.toLowerCase()) ?? null;
}

function caProvince(text: string): string | null {
  const t = text.trim();
  if (/^[A-Z]{2}$/.test(t) && CA_PROVINCES[t]) return t;
  return CA_PROVINCE_BY_NAME.get(t.toLowerCase()) ?? null;
}

/**
 * Splits free location text into city, region and country. Understands "Austin, TX", "Austin, Texas,
 * United States", "London, UK", "Remote - US", and Workday's country-first "US, CA, San Jose, Site".
 */
export function parseLocationText(raw: string): Omit<Place, 'latitude' | 'longitude'> {
  const text = decodeText(raw).replace(/\s+/g, ' ').trim();
  const empty = { text, city: null, region: null, country: null };
  if (!text) return empty;
  // "Remote - US", "Remote (Canada)", "US Remote"
  const stripped = text
    .replace(/\b(remote|hybrid|on-?site|telecommute|virtual)\b/gi, ' ')
    .replace(/[()\-–/|]+/g, ',')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p && !NOT_A_PLACE.test(p));
  if (stripped.length === 0) return empty;

  // Workday: "US, CA, San Jose, Rio Robles" — a country code, then a region code, then the city.
  const [first, second, third] = stripped;
  if (stripped.length >= 3 && first && second && third && countryCode(first) && /^[A-Z]{2}$/.test(second)) {
    const country = countryCode(first);
    const region = country === 'US' ? usState(second) : country === 'CA' ? caProvince(second) : second;
    return { text, city: third, region: region ?? second, country };
  }

  const parts = [...stripped];
  let country: string | null = null;
  let region: string | null = null;
  const last = parts.at(-1);
  if (last && countryCode(last) && parts.length > 1) {
    country = countryCode(last);
    parts.pop();
  } else if (parts.length === 1 && last && countryCode(last)) {
    return { text, city: null, region: null, country: countryCode(last) };
  }
  const maybeRegion = parts.at(-1);
  if (maybeRegion && parts.length >= 1) {
    const state = usState(maybeRegion);
    const province = caProvince(maybeRegion);
    if (state && (country === null || country === 'US')) {
      region = state;
      country = 'US';
      parts.pop();
    } else if (province && (country === null || country === 'CA')) {
      region = province;
      country = 'CA';
      parts.pop();
    } else if (parts.length >= 2 && country) {
      region = maybeRegion;
      parts.pop();
    }
  }
  const city = parts.length > 0 ? parts.join(', ') : null;
  return { text, city, region, country };
}

/** One Place from what a source gives: structured parts win, free text fills the gaps. */
export function normalisePlace(raw: RawLocationInput): Place {
  const parsed = raw.text
    ? parseLocationText(raw.text)
    : { text: '', city: null, region: null, country: null };
  const country =
    countryCode(raw.country) ?? (raw.country?.trim() ? raw.country.trim() : null) ?? parsed.country;
  const regionRaw = raw.region?.trim() || null;
  const region = regionRaw
    ? ((country === 'US' || !country ? usState(regionRaw) : null) ??
      (country === 'CA' ? caProvince(regionRaw) : null) ??
      regionRaw)
    : parsed.region;
  const city = raw.city?.trim() || parsed.city;
  const text = parsed.text || [city, region, country].filter(Boolean).join(', ');
  return {
    text,
    city: city ?? null,
    region: region ?? null,
    country:
      country && /^[a-z]{2}$/i.test(country)
        ? country.toUpperCase()
        : (countryCode(country) ?? country ?? null),
    latitude: raw.latitude ?? null,
    longitude: raw.longitude ?? null,
  };
}

export function isRemoteOnlyText(text: string): boolean {
  return text.split(/[,\-–/()]+/).every((p) => !p.trim() || NOT_A_PLACE.test(p.trim()) || !!countryCode(p));
}
