import { US_STATES } from '../core/normalise/places-data';

/** A place name as a seeker types it: "Tucson", "Tucson, AZ" or "Tucson, Arizona". */
export interface PlaceName {
  city: string;
  /** Lower-cased, as the index keeps regions; both the code and the full name when known. */
  regions: string[];
}

const STATE_CODE = new Map(Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code]));

export function parsePlaceName(name: string): PlaceName {
  const [city = '', region = ''] = name.split(',').map((part) => part.trim().toLowerCase());
  if (!region) return { city, regions: [] };
  const code = STATE_CODE.get(region) ?? region.toUpperCase();
  const full = US_STATES[code.toUpperCase()]?.toLowerCase();
  return { city, regions: [...new Set([region, code.toLowerCase(), ...(full ? [full] : [])])] };
}

/** Where a named place is, worked out from the leads that list it. */
export interface PlaceCentre {
  /** Mean coordinates of the leads in that place that give them; null when none do. */
  lat: number | null;
  lon: number | null;
  /** Leads that list the place at all (with or without coordinates). */
  leads: number;
}

/** Accumulates the centre of the leads that list a place, one lead at a time. */
export function centreOf(points: Iterable<{ lat: number; lon: number } | null>): PlaceCentre {
  let leads = 0;
  let located = 0;
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    leads++;
    if (!p || Number.isNaN(p.lat) || Number.isNaN(p.lon)) continue;
    located++;
    lat += p.lat;
    lon += p.lon;
  }
  return located === 0 ? { lat: null, lon: null, leads } : { lat: lat / located, lon: lon / located, leads };
}

/** The plain-language answer when no lead lists the place a seeker named. */
export function unknownPlaceMessage(name: string): string {
  return `no job lists a place called "${name}"; check the spelling, try a nearby larger city, or add a state ("Tucson, AZ")`;
}

/** Equirectangular distance in km: accurate to well under 1% at job-search radii. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(lat1 * rad);
  const y = (lat2 - lat1) * rad;
  return 6371 * Math.sqrt(x * x + y * y);
}
