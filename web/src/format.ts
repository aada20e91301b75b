import type { SearchHit } from '../../core/search/search-query';

/**
 * Building an Intl.NumberFormat costs far more than using one (it loads locale data): twenty result
 * cards made two each on every render, which profiling showed as the largest cost of showing results.
 * So each formatter is made once and kept.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat('en-US', options);
    formatters.set(key, made);
  }
  return made;
}

/** "1,234": a count or amount with US digit grouping. */
export const formatCount = (n: number): string => formatter('count', {}).format(n);

const money = (n: number, currency: string | null) => {
  const code = currency ?? 'USD';
  const digits = n < 1000 ? 2 : 0;
  return formatter(`${code}:${digits}`, {
    style: 'currency',
    currency: code,
    maximumFractionDigits: digits,
  }).format(n);
};

/** "$60,000–$80,000 a year", "$25–$30 an hour", or null when the posting gives no pay. */
export function formatSalary(salary: SearchHit['salary']): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const per =
    { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' }[salary.period] ?? '';
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${money(salary.min, salary.currency)}–${money(salary.max, salary.currency)}`
      : money((salary.max ?? salary.min) as number, salary.currency);
  return `${range} ${per}`.trim();
}

/** "Posted today", "Posted 3 days ago", "Posted 30+ days ago" for an approximate date. */
export function postedAge(iso: string | null, now = new Date()): string | null {
  if (!iso) return null;
  const days = Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'Posted today';
  if (days === 1) return 'Posted yesterday';
  if (days < 30) return `Posted ${days} days ago`;
  return 'Posted 30+ days ago';
}

export const REMOTE_LABEL: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site' };
export const EMPLOYMENT_LABEL: Record<string, string> = {
  full_time: 'Full time',
  part_time: 'Part time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  volunteer: 'Volunteer',
  per_diem: 'Per diem',
  seasonal: 'Seasonal',
};
export const SOURCE_LABEL: Record<string, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  workday: 'Workday',
  usajobs: 'USAJOBS',
  neogov: 'GovernmentJobs',
  jsonld: 'Employer site',
};

/** A fit score as words a seeker reads at a glance. */
export function fitLabel(score: number): { label: string; tone: 'strong' | 'good' | 'some' | 'low' } {
  if (score >= 0.75) return { label: 'Strong fit', tone: 'strong' };
  if (score >= 0.55) return { label: 'Good fit', tone: 'good' };
  if (score >= 0.35) return { label: 'Some fit', tone: 'some' };
  return { label: 'Low fit', tone: 'low' };
}
