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
