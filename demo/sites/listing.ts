/** A job listing as the fixture servers and the demo hold it, before any ATS format is applied. */
export interface Listing {
  id: string;
  title: string;
  company: string;
  department?: string;
  city?: string;
  region?: string;
  country?: string;
  remote?: 'remote' | 'hybrid' | 'onsite';
  employmentType?: 'full_time' | 'part_time' | 'contract' | 'temporary' | 'internship';
  salary?: { min: number; max: number; period: 'year' | 'hour'; currency?: string };
  postedDaysAgo: number;
  closesInDays?: number;
  descriptionHtml: string;
}

export const DAY_MS = 86_400_000;

export function isoDaysAgo(days: number, now: Date): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

export function placeText(l: Listing): string {
  if (l.remote === 'remote' && !l.city) return `Remote${l.country ? ` - ${l.country}` : ''}`;
  return [l.city, l.region, l.country && l.country !== 'US' ? l.country : null].filter(Boolean).join(', ');
}

export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Escapes text for XML and for HTML that is itself embedded as escaped text. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const indexes = new WeakMap<Listing[], Map<string, { size: number; byKey: Map<string, Listing> }>>();

/**
 * The listing whose `keyOf` is `key`, as a detail endpoint looks a posting up by its id or path.
 * Indexed per list and kind of key, so a tenant of 20,000 postings answers each detail in constant
 * time rather than rebuilding every posting's path; the index is rebuilt when the list grows or
 * shrinks, or when a hit no longer carries the key (a listing edited in place).
 */
export function findListing(
  list: Listing[],
  kind: string,
  keyOf: (l: Listing) => string,
  key: string,
): Listing | undefined {
  let kinds = indexes.get(list);
  if (!kinds) {
    kinds = new Map();
    indexes.set(list, kinds);
  }
  const cached = kinds.get(kind);
  const hit = cached && cached.size === list.length ? cached.byKey.get(key) : undefined;
  if (hit && keyOf(hit) === key) return hit;
  const byKey = new Map<string, Listing>();
  for (const l of list) if (!byKey.has(keyOf(l))) byKey.set(keyOf(l), l);
  kinds.set(kind, { size: list.length, byKey });
  return byKey.get(key);
}
