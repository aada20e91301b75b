import type { Lead } from '../core/lead/lead';
import { leadSchema } from '../core/lead/lead';
import { fitFromText } from './stored-fit';

export interface LeadRow {
  id: string;
  source_id: string;
  source_type: string;
  source_lead_id: string;
  title: string;
  company: string;
  location: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  places: string;
  remote: string | null;
  employment_type: string | null;
  salary: string | null;
  url: string;
  canonical_url: string;
  apply_url: string | null;
  posted_at: string | null;
  posted_at_approximate: number;
  closes_at: string | null;
  department: string | null;
  description_html: string;
  description: string;
  fingerprint: string;
  /** 1 when the posting asks for no college degree (migration 0013). */
  no_degree?: number;
  status: string;
  closed_reason: string | null;
  fit: string | null;
  excluded: string | null;
  first_seen: string;
  last_seen: string;
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

/** A stored row as the Lead every consumer reads, validated on the way out. */
export function rowToLead(row: LeadRow): Lead {
  return leadSchema.parse({
    id: row.id,
    sourceId: row.source_id,
    sourceType: row.source_type,
    sourceLeadId: row.source_lead_id,
    title: row.title,
    company: row.company,
    location: row.location,
    city: row.city,
    region: row.region,
    country: row.country,
    places: json(row.places) ?? [],
    remote: row.remote,
    employmentType: row.employment_type,
    salary: json(row.salary),
    url: row.url,
    canonicalUrl: row.canonical_url,
    applyUrl: row.apply_url,
    postedAt: row.posted_at,
    postedAtApproximate: row.posted_at_approximate === 1,
    closesAt: row.closes_at,
    department: row.department,
    descriptionHtml: row.description_html,
    description: row.description,
    fingerprint: row.fingerprint,
    ...(row.no_degree === undefined ? {} : { noDegreeRequired: row.no_degree === 1 }),
    status: row.status,
    closedReason: row.closed_reason,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    fit: row.fit === null ? null : fitFromText(row.fit),
    excluded: json(row.excluded),
  });
}
