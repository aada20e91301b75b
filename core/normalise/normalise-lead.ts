import { noDegreeRequired } from '../lead/degree-requirement';
import type { NormalisedLead, Place } from '../lead/lead';
import type { RawLead } from '../lead/raw-lead';
import { postingLinks, withoutTracking } from './canonical-url';
import { toIsoDate } from './dates';
import { normaliseEmploymentType } from './employment';
import { cleanDescription, decodeText } from './html';
import { isRemoteOnlyText, normalisePlace } from './location';
import { detectRemote } from './remote';
import { normaliseSalary } from './salary';
import { cleanTitle } from './title';

/** How a place reads on a card: "Tucson, AZ", "Berlin, DE", "Remote (US)". */
export function formatPlace(place: Place, remote: boolean): string {
  const parts = [
    place.city,
    place.region,
    place.country && place.country !== 'US' ? place.country : null,
  ].filter(Boolean);
  if (place.city || place.region) return parts.join(', ');
  if (place.country) return remote ? `Remote (${place.country})` : place.country;
  return place.text;
}

// Module-level, not a closure per call (see annual in salary.ts).
function squeeze(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Company + title + places, lower-cased and squeezed: the last resort for spotting one posting twice. */
export function fingerprintOf(company: string, title: string, places: Place[]): string {
  const where = places
    .map((p) => squeeze([p.city, p.region, p.country].filter(Boolean).join(' ') || p.text))
    .sort()
    .join(';');
  return `${squeeze(company)}|${squeeze(title)}|${where}`;
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url) && URL.canParse(url);

/**
 * What normalisedLeadSchema would still catch in a lead built from a validated raw lead: every other
 * field is typed by construction, so the schema's full parse (a fifth of the step's time) is not
 * repeated here. normalise-lead.test.ts parses real output with the schema to keep the two in step.
 */
function checked(lead: NormalisedLead): NormalisedLead {
  if (!lead.title) throw new Error('title: must not be empty');
  if (!lead.company) throw new Error('company: must not be empty');
  if (!isWebUrl(lead.url)) throw new Error('url: must be an http(s) URL');
  if (lead.applyUrl !== null && !isWebUrl(lead.applyUrl)) throw new Error('applyUrl: must be an http(s) URL');
  return lead;
}

/** The normalise step: one extractor output in, one validated lead out. */
export function normaliseLead(raw: RawLead): NormalisedLead {
  const title = cleanTitle(raw.title);
  const company = decodeText(raw.company).replace(/\s+/g, ' ').trim();
  const allPlaces = raw.locations.map(normalisePlace).filter((p) => p.text || p.city || p.country);
  const locationTexts = allPlaces.map((p) => p.text);
  const remote = detectRemote(raw.workplace, locationTexts, title);
  // "Remote" on its own is a way of working, not a place; keep places that name somewhere.
  const places = allPlaces.filter((p) => p.city || p.region || p.country || !isRemoteOnlyText(p.text));
  const primary = places[0] ?? null;
  const links = postingLinks(raw.url);
  const { html: descriptionHtml, text: description } = cleanDescription(raw.descriptionHtml);
  const location =
    places.length === 0
      ? remote === 'remote'
        ? 'Remote'
        : null
      : primary && places.length === 1
        ? formatPlace(primary, remote === 'remote')
        : primary
          ? `${formatPlace(primary, remote === 'remote')} + ${places.length - 1} more`
          : null;
  return checked({
    title: title || raw.title,
    company,
    location,
    city: primary?.city ?? null,
    region: primary?.region ?? null,
    country: primary?.country ?? null,
    places,
    remote,
    employmentType: normaliseEmploymentType(raw.employmentType),
    salary: normaliseSalary(raw.salary),
    url: links.url,
    canonicalUrl: links.canonical,
    applyUrl: raw.applyUrl ? withoutTracking(raw.applyUrl) : null,
    sourceLeadId: raw.sourceLeadId,
    postedAt: toIsoDate(raw.postedAt),
    postedAtApproximate: raw.postedAtApproximate,
    closesAt: toIsoDate(raw.closesAt),
    department: raw.department ? decodeText(raw.department) : null,
    descriptionHtml,
    description,
    fingerprint: fingerprintOf(company, title, places),
    noDegreeRequired: noDegreeRequired(`${title || raw.title}\n${description}`, raw),
  });
}
