import type { SearchQuery } from '../../core/search/search-query';

/** The fit a query ranks by, as SQL over `l` (leads): one background's, or "any background". */
export function fitExpression(q: Pick<SearchQuery, 'background'>): string {
  // The background id is a validated enum value, never free text.
  return q.background
    ? `coalesce(json_extract(l.fit, '$.byBackground.${q.background}'), 0)`
    : 'coalesce(l.fit_score, 0)';
}
