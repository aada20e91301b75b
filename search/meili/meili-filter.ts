import { backgroundIds } from '../../core/fit/backgrounds';
import type { SearchQuery } from '../../core/search/search-query';
import { effectiveMinFit } from '../../core/search/search-query';
import type { PlaceCentre, PlaceName } from '../place-centre';

/**
 * A value in a Meilisearch filter expression: a double-quoted string with quotes and backslashes
 * escaped (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference).
 * User input only ever appears inside such a literal.
 */
export function literal(value: string | number): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

const anyOf = (field: string, values: readonly (string | number)[]) =>
  `${field} IN [${values.map(literal).join(', ')}]`;

export function fitField(background: SearchQuery['background']): string {
  if (background && !backgroundIds.includes(background)) throw new Error(`unknown background ${background}`);
  return background ? `fitBy_${background.replace(/-/g, '_')}` : 'fitScore';
}

/** The structured filters of a query as Meilisearch filter clauses (joined with AND). */
export function meiliFilter(
  q: SearchQuery,
  now: Date,
  place?: { name: PlaceName; centre: PlaceCentre },
): string[] {
  const clauses: string[] = ['hidden = false'];
  if (q.status !== 'all') clauses.push(`status = ${literal(q.status)}`);
  if (!q.showExcluded) clauses.push('isExcluded = false');
  if (q.hideEnforcement) clauses.push('enforcementRole = false');
  if (q.remote?.length) clauses.push(anyOf('remote', q.remote));
  if (q.city) clauses.push(`cityKey = ${literal(q.city.toLowerCase())}`);
  if (q.region) clauses.push(`regionKey = ${literal(q.region.toLowerCase())}`);
  if (q.country) clauses.push(`country = ${literal(q.country)}`);
  if (q.employmentType?.length) clauses.push(anyOf('employmentType', q.employmentType));
  if (q.sourceType?.length) clauses.push(anyOf('sourceType', q.sourceType));
  if (q.company?.length) clauses.push(anyOf('company', q.company));
  if (q.minSalary !== undefined) clauses.push(`salaryAnnualMax >= ${literal(q.minSalary)}`);
  if (q.postedWithinDays !== undefined)
    clauses.push(`postedAtTs >= ${literal(Math.floor(now.getTime() / 1000) - q.postedWithinDays * 86_400)}`);
  if (q.tracks?.length) clauses.push(anyOf('tracks', q.tracks));
  const minFit = effectiveMinFit(q);
  if (minFit !== undefined) clauses.push(`${fitField(q.background)} >= ${literal(minFit)}`);
  if (q.noDegree) clauses.push('noDegree = true');
  if (q.nearPlace && place) {
    // The place's own leads, and (when it could be located) every lead within the radius of it.
    const own = [
      `cityKey = ${literal(place.name.city)}`,
      ...(place.name.regions.length ? [anyOf('regionKey', place.name.regions)] : []),
    ].join(' AND ');
    const { lat, lon } = place.centre;
    clauses.push(
      lat === null || lon === null
        ? `(${own})`
        : `((${own}) OR _geoRadius(${literal(lat)}, ${literal(lon)}, ${literal(Math.round(q.nearPlace.radiusKm * 1000))}))`,
    );
  }
  if (q.curatedOnly) clauses.push('curated = 1');
  if (q.near)
    clauses.push(
      `_geoRadius(${literal(q.near.lat)}, ${literal(q.near.lon)}, ${literal(Math.round(q.near.radiusKm * 1000))})`,
    );
  return clauses;
}
