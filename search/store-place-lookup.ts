import { searchVersions } from '../store/data-version';
import type { Store } from '../store/open-store';
import type { PlaceCentre, PlaceName } from './place-centre';
import { centreOf } from './place-centre';

export type PlaceLookup = (place: PlaceName) => PlaceCentre;

/**
 * Locates a named place from the store's leads, for an engine without the leads in memory
 * (Meilisearch). Answers are kept until the leads change.
 */
export function storePlaceLookup(db: Store): PlaceLookup {
  let version = '';
  const cache = new Map<string, PlaceCentre>();
  return (place) => {
    const now = searchVersions(db).leads;
    if (now !== version) {
      cache.clear();
      version = now;
    }
    const key = `${place.city}|${place.regions.join(',')}`;
    const known = cache.get(key);
    if (known) return known;
    const regionClause = place.regions.length
      ? `AND lower(region) IN (${place.regions.map(() => '?').join(', ')})`
      : '';
    const rows = db
      .prepare(`SELECT latitude AS lat, longitude AS lon FROM leads WHERE lower(city) = ? ${regionClause}`)
      .all(place.city, ...place.regions) as { lat: number | null; lon: number | null }[];
    const centre = centreOf(
      rows.map((r) => (r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon })),
    );
    cache.set(key, centre);
    return centre;
  };
}
