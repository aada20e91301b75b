/**
 * Turns the date forms job feeds use into ISO 8601 (UTC): ISO strings with or without a zone (a
 * missing zone is read as UTC), epoch milliseconds (Lever's `createdAt`), RFC 822 dates and NEOGOV's
 * non-RFC variants (`Tue, 04 Dec 2012 05:00:00:0 UTC`, `12/04/2012`). Returns null for "Continuous",
 * "Open until filled" and anything unreadable.
 */
export function toIsoDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return isoOrNull(new Date(value < 1e12 ? value * 1000 : value));
  const text = value.trim();
  if (/^(continuous|open until filled|until filled|ongoing|n\/a|none)$/i.test(text)) return null;
  if (/^\d{10,13}$/.test(text)) return toIsoDate(Number(text));
  // ISO without a zone (USAJOBS: "2022-03-25T11:18:12.4200"): read as UTC, trim extra fraction digits.
  const iso = text.match(
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/,
  );
  if (iso) {
    const [, day, time = '00:00:00', fraction = '', zone = 'Z'] = iso;
    const ms = fraction ? `.${fraction.slice(1, 4).padEnd(3, '0')}` : '';
    return isoOrNull(new Date(`${day}T${time.length === 5 ? `${time}:00` : time}${ms}${zone}`));
  }
  // NEOGOV: "…05:00:00:0 UTC" has a stray fourth time field.
  const cleaned = text.replace(/(\d{2}:\d{2}:\d{2}):\d+/, '$1').replace(/\bUTC\b/, 'GMT');
  const us = cleaned.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (us) return isoOrNull(new Date(Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]))));
  const parsed = Date.parse(cleaned);
  return Number.isNaN(parsed) ? null : isoOrNull(new Date(parsed));
}

function isoOrNull(date: Date): string | null {
  const time = date.getTime();
  // Dates before 1990 or far in the future are data errors, not postings.
  if (Number.isNaN(time) || date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2200) return null;
  return date.toISOString();
}

/**
 * Workday's relative "Posted Today", "Posted Yesterday", "Posted 3 Days Ago", "Posted 30+ Days Ago"
 * as an approximate date (30+ reads as 30 days: the posting is at least that old).
 */
export function relativePostedDate(text: string, now: Date): string | null {
  const t = text.toLowerCase();
  const day = 86_400_000;
  if (/\btoday\b/.test(t)) return new Date(now.getTime()).toISOString();
  if (/\byesterday\b/.test(t)) return new Date(now.getTime() - day).toISOString();
  const days = t.match(/(\d+)\+?\s*days?\s+ago/);
  if (days?.[1]) return new Date(now.getTime() - Number(days[1]) * day).toISOString();
  const weeks = t.match(/(\d+)\+?\s*weeks?\s+ago/);
  if (weeks?.[1]) return new Date(now.getTime() - Number(weeks[1]) * 7 * day).toISOString();
  const months = t.match(/(\d+)\+?\s*months?\s+ago/);
  if (months?.[1]) return new Date(now.getTime() - Number(months[1]) * 30 * day).toISOString();
  return null;
}
