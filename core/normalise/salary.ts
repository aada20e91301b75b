import type { Salary } from '../lead/lead';
import type { RawSalaryInput } from '../lead/raw-lead';

type Period = Salary['period'];

/** Hours, days, weeks and months in a working year, used to annualise (2,080 hours, as OPM does). */
const PER_YEAR: Record<Period, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/**
 * Reads the many ways sources name a pay period: schema.org `unitText` (HOUR, YEAR), USAJOBS old
 * "Per Year" and newer codes (PA, PH, PD, PW, BW, PM), NEOGOV "Annually"/"Hourly", Lever "per-year-salary"...
 */
export function parsePeriod(raw: string | null | undefined): Period | null {
  if (!raw) return null;
  const t = raw.trim().toLowerCase().replace(/[_-]+/g, ' ');
  if (
    /^(pa|py|per annum|annual(ly)?|year(ly)?|per year|yr|a year|per year salary|salary|yearly salary)$/.test(
      t,
    )
  )
    return 'year';
  if (/^(ph|hour(ly)?|per hour|hr|an hour|per hour wage|hourly wage)$/.test(t)) return 'hour';
  if (/^(pd|day|daily|per day)$/.test(t)) return 'day';
  if (/^(pw|week(ly)?|per week|wk)$/.test(t)) return 'week';
  if (/^(pm|month(ly)?|per month|mo)$/.test(t)) return 'month';
  if (/^(bw|bi ?weekly|every two weeks|per pay period)$/.test(t)) return null; // handled by the caller
  if (t.includes('year') || t.includes('annual')) return 'year';
  if (t.includes('hour')) return 'hour';
  if (t.includes('month')) return 'month';
  if (t.includes('week')) return 'week';
  return null;
}

/** Reads "97738.0", "$62,000", "62k" and numbers alike; anything else is null. */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const match = value.replace(/[,\s]/g, '').match(/^[^\d]*(\d+(?:\.\d+)?)(k)?/i);
  if (!match?.[1]) return null;
  const amount = Number(match[1]) * (match[2] ? 1000 : 1);
  return amount > 0 ? amount : null;
}

/** Guesses the period from the size of the figure when a source leaves it out. */
function inferPeriod(amount: number): Period {
  if (amount < 300) return 'hour';
  if (amount < 20_000) return 'month';
  return 'year';
}

export function normaliseSalary(raw: RawSalaryInput | null | undefined): Salary | null {
  if (!raw) return null;
  let min = raw.min ?? null;
  let max = raw.max ?? null;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const periodText = raw.period?.trim().toLowerCase() ?? '';
  let period = parsePeriod(raw.period);
  let multiplier = 1;
  if (period === null && /^(bw|bi ?weekly)/.test(periodText)) {
    // Bi-weekly pay is two weeks' worth: express it per week.
    period = 'week';
    multiplier = 0.5;
  }
  period ??= inferPeriod((max ?? min) as number);
  if (multiplier !== 1) {
    min = min === null ? null : min * multiplier;
    max = max === null ? null : max * multiplier;
  }
  const currency = raw.currency?.trim().toUpperCase() || null;
  return {
    min,
    max,
    currency: currency === '$' ? 'USD' : currency,
    period,
    annualMin: annual(min, period),
    annualMax: annual(max, period),
  };
}

// Module-level rather than a closure per call: tsx names every inner function it transpiles with
// Object.defineProperty (esbuild's keepNames), a cost paid on each call of the enclosing function.
function annual(value: number | null, period: Period): number | null {
  return value === null ? null : Math.round(value * PER_YEAR[period]);
}
