import type { SearchQuery } from '../../core/search/search-query';

export interface SqlFragment {
  sql: string;
  params: (string | number)[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Structured filters as SQL over `l` (leads) and `c` (lead_curation). Every value is a bound
 * parameter; only fixed column names and validated enum values are written into the SQL.
 */
export function whereClause(q: SearchQuery, now: Date): SqlFragment {
  const parts: string[] = ['coalesce(c.hidden, 0) = 0'];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (q.status !== 'all') add('l.status = ?', q.status);
  if (!q.showExcluded) parts.push('l.excluded IS NULL');
  if (q.hideEnforcement) parts.push("coalesce(json_extract(l.fit, '$.enforcementRole'), 0) = 0");
  if (q.remote?.length) add(`l.remote IN (${placeholders(q.remote.length)})`, ...q.remote);
  if (q.city) add('l.city = ? COLLATE NOCASE', q.city);
  if (q.region) add('l.region = ? COLLATE NOCASE', q.region);
  if (q.country) add('l.country = ?', q.country);
  if (q.employmentType?.length)
    add(`l.employment_type IN (${placeholders(q.employmentType.length)})`, ...q.employmentType);
  if (q.sourceType?.length) add(`l.source_type IN (${placeholders(q.sourceType.length)})`, ...q.sourceType);
  if (q.company?.length) add(`l.company IN (${placeholders(q.company.length)})`, ...q.company);
  if (q.minSalary !== undefined) add('l.salary_annual_max >= ?', q.minSalary);
  if (q.postedWithinDays !== undefined) {
    add(
      'coalesce(l.posted_at, l.first_seen) >= ?',
      new Date(now.getTime() - q.postedWithinDays * 86_400_000).toISOString(),
    );
  }
  if (q.tracks?.length)
    add(
      `EXISTS (SELECT 1 FROM json_each(l.tracks) t WHERE t.value IN (${placeholders(q.tracks.length)}))`,
      ...q.tracks,
    );
  if (q.minFit !== undefined) add(`${fitExpression(q)} >= ?`, q.minFit);
  if (q.curatedOnly) parts.push('coalesce(c.pinned, 0) = 1');
  if (q.near) {
    // Equirectangular distance: accurate to well under 1% at job-search radii.
    add(
      `l.latitude IS NOT NULL AND 6371 * sqrt(power(radians(l.latitude - ?), 2) + power(radians(l.longitude - ?) * cos(radians(?)), 2)) <= ?`,
      q.near.lat,
      q.near.lon,
      q.near.lat,
      q.near.radiusKm,
    );
  }
  return { sql: parts.join(' AND '), params };
}

/** The fit a query ranks and filters by: one background's, or the default "any background". */
export function fitExpression(q: Pick<SearchQuery, 'background'>): string {
  // The background id is a validated enum value, never free text.
  return q.background
    ? `coalesce(json_extract(l.fit, '$.byBackground.${q.background}'), 0)`
    : 'coalesce(l.fit_score, 0)';
}
