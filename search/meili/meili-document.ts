import { backgroundIds } from '../../core/fit/backgrounds';
import { topReasonFor } from '../../core/fit/fit-for-background';
import type { TextColumn } from '../../core/search/text-index-schema';
import { tracksText } from '../../core/search/text-index-schema';
import type { IndexableLead } from '../../store/indexable-leads';
import { fitField } from './meili-filter';

/**
 * The document field of each text-index column: the tracks column's text is `tracksText`, since
 * `tracks` holds the track ids that filters and facets use.
 */
export const MEILI_TEXT_FIELD = {
  title: 'title',
  company: 'company',
  tracks: 'tracksText',
  description: 'description',
} as const satisfies Record<TextColumn, string>;

/** A lead as a Meilisearch document: flat fields for filters, facets and sorting. */
export function toMeiliDocument({ lead, tracks, curation }: IndexableLead) {
  const byBackground = Object.fromEntries(
    backgroundIds.map((b) => [fitField(b), lead.fit?.byBackground[b] ?? 0]),
  );
  const posted = lead.postedAt ?? lead.firstSeen;
  const place = lead.places[0];
  return {
    id: lead.id,
    title: lead.title,
    company: lead.company,
    [MEILI_TEXT_FIELD.tracks]: tracksText(tracks, lead.fit?.occupations ?? []),
    description: lead.description,
    noDegree: lead.noDegreeRequired ?? false,
    location: lead.location,
    city: lead.city,
    cityKey: lead.city?.toLowerCase() ?? null,
    region: lead.region,
    regionKey: lead.region?.toLowerCase() ?? null,
    country: lead.country,
    remote: lead.remote,
    employmentType: lead.employmentType,
    salary: lead.salary,
    salaryAnnualMax: lead.salary?.annualMax ?? lead.salary?.annualMin ?? null,
    url: lead.url,
    applyUrl: lead.applyUrl,
    sourceId: lead.sourceId,
    sourceType: lead.sourceType,
    postedAt: lead.postedAt,
    postedAtTs: Math.floor(Date.parse(posted) / 1000),
    closesAt: lead.closesAt,
    status: lead.status,
    fitScore: lead.fit?.score ?? 0,
    hasFit: lead.fit !== null,
    ...byBackground,
    topReason: lead.fit?.reasons[0] ?? null,
    /** The first reason for each background, so a card explains the background the seeker chose. */
    topReasonByBackground: Object.fromEntries(
      backgroundIds.map((b) => [b, lead.fit ? topReasonFor(lead.fit, b) : null]),
    ),
    tracks,
    enforcementRole: lead.fit?.enforcementRole ?? false,
    excluded: lead.excluded,
    isExcluded: lead.excluded !== null,
    curated: curation?.pinned ? 1 : 0,
    curatedNote: curation?.pinned ? curation.note : null,
    hidden: curation?.hidden ?? false,
    ...(place?.latitude != null && place.longitude != null
      ? { _geo: { lat: place.latitude, lng: place.longitude } }
      : {}),
  };
}

export type MeiliDocument = ReturnType<typeof toMeiliDocument>;
