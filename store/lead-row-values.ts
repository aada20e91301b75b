import type { Exclusion, Fit, NormalisedLead, SourceType } from '../core/lead/lead';
import type { StoredForm } from './lead-stored-form';
import type { PackedLead, PackedTexts } from './packed-lead';
import { packLead } from './packed-lead';

interface FromSource {
  sourceId: string;
  sourceType: SourceType;
  /** The source sets `name`: its company name beats one another source guessed from a slug. */
  namedSource?: boolean;
}

/**
 * A lead for the upsert: packed, as a crawl's prepare step hands it over (packed-lead.ts), or as
 * objects, which the upsert packs itself (tests, one-off writes).
 */
export type IncomingLead = FromSource &
  ({ packed: PackedLead } | { lead: NormalisedLead; fit: Fit | null; excluded: Exclusion | null });

/** An incoming lead in packed form. */
export const packedOf = (incoming: IncomingLead): FromSource & { packed: PackedLead } =>
  'packed' in incoming
    ? incoming
    : { ...incoming, packed: packLead(incoming.lead, incoming.fit, incoming.excluded) };

/** The columns every write of a crawled lead sets, in the order `rowValues` gives them. */
export const WRITTEN_COLUMNS = [
  'title',
  'company',
  'location',
  'city',
  'region',
  'country',
  'places',
  'latitude',
  'longitude',
  'remote',
  'employment_type',
  'salary',
  'salary_annual_min',
  'salary_annual_max',
  'url',
  'canonical_url',
  'apply_url',
  'posted_at',
  'posted_at_approximate',
  'closes_at',
  'department',
  'description_html',
  'description',
  'no_degree',
  'fingerprint',
  'content_hash',
  'status',
  'closed_reason',
  'fit',
  'fit_score',
  'tracks',
  'excluded',
  'last_seen',
  'updated_at',
  'company_source',
  'company_named',
] as const;

/** Where a few columns sit in `rowValues`, for the upsert to read them back. */
export const AT = {
  contentHash: WRITTEN_COLUMNS.indexOf('content_hash'),
  status: WRITTEN_COLUMNS.indexOf('status'),
  closedReason: WRITTEN_COLUMNS.indexOf('closed_reason'),
  noDegree: WRITTEN_COLUMNS.indexOf('no_degree'),
} as const;

/** The columns a new lead sets besides, after the written ones. */
export const INSERTED_COLUMNS = [
  ...WRITTEN_COLUMNS,
  'id',
  'source_id',
  'source_type',
  'source_lead_id',
  'first_seen',
] as const;

/** Whose company name the row keeps, when it is not the incoming source's (see takesCompany). */
export interface KeptCompany {
  company: string;
  fingerprint: string;
  company_source: string;
  company_named: number;
}

/** A lead's row as the statements bind it, in WRITTEN_COLUMNS order, from its packed texts. */
export function rowValues(
  incoming: FromSource & { packed: PackedLead },
  texts: PackedTexts,
  stored: StoredForm,
  now: string,
  kept: KeptCompany | null,
): unknown[] {
  const { packed } = incoming;
  const t = texts.lead;
  const expired = t.closesAt !== null && t.closesAt < now;
  const [latitude, longitude, annualMin, annualMax] = packed.numbers;
  return [
    t.title,
    kept ? kept.company : t.company,
    t.location,
    t.city,
    t.region,
    t.country,
    texts.places,
    latitude,
    longitude,
    t.remote,
    t.employmentType,
    texts.salary,
    annualMin ?? annualMax,
    annualMax ?? annualMin,
    t.url,
    packed.canonicalUrl,
    t.applyUrl,
    t.postedAt,
    packed.postedAtApproximate ? 1 : 0,
    t.closesAt,
    t.department,
    t.descriptionHtml,
    t.description,
    packed.noDegreeRequired ? 1 : 0,
    kept ? kept.fingerprint : packed.fingerprint,
    stored.contentHash,
    expired ? 'closed' : 'open',
    expired ? 'closing date passed' : null,
    stored.fit,
    packed.fitScore,
    texts.tracks,
    stored.excluded,
    now,
    now,
    kept ? kept.company_source : incoming.sourceId,
    kept ? kept.company_named : incoming.namedSource ? 1 : 0,
  ];
}
