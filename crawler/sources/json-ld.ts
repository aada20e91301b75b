import type { RawLeadInput, RawLocationInput } from '../../core/lead/raw-lead';
import { scanPage } from './page-scan';

/**
 * Reads schema.org JobPosting (https://schema.org/JobPosting) from a page's JSON-LD blocks, as Google
 * documents it for job search: `@graph` containers, single values or arrays for nearly every field,
 * `jobLocationType: TELECOMMUTE` with `applicantLocationRequirements`, and `baseSalary` as a
 * MonetaryAmount whose QuantitativeValue carries `unitText`.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const asArray = (v: Json | undefined): Json[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
const isNode = (v: Json | undefined): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (isNode(v)) return str(v.name) ?? str(v['@value']) ?? str(v.value);
  return null;
};
const num = (v: Json | undefined): number | null => {
  const n = typeof v === 'string' ? Number(v.replace(/[,$\s]/g, '')) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};
const types = (n: Node) => asArray(n['@type']).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ''));

/** JSON-LD blocks are hand-written often enough to carry HTML comments, CDATA and trailing commas. */
function parseBlock(raw: string): Json | undefined {
  const cleaned = raw
    .replace(/^\s*<!--|-->\s*$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  for (const candidate of [cleaned, cleaned.replace(/,\s*([}\]])/g, '$1')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function collectJobPostings(value: Json | undefined, out: Node[]): void {
  for (const item of asArray(value)) {
    if (!isNode(item)) continue;
    if (types(item).includes('JobPosting')) out.push(item);
    if (item['@graph']) collectJobPostings(item['@graph'], out);
    if (item.mainEntity) collectJobPostings(item.mainEntity, out);
    if (item.itemListElement)
      collectJobPostings(
        asArray(item.itemListElement).map((e) => (isNode(e) && e.item ? e.item : e)),
        out,
      );
  }
}

function placeOf(place: Json): RawLocationInput | null {
  if (typeof place === 'string') return { text: place };
  if (!isNode(place)) return null;
  const address = isNode(place.address) ? place.address : null;
  const geo = isNode(place.geo) ? place.geo : place;
  const location: RawLocationInput = {
    city: str(address?.addressLocality),
    region: str(address?.addressRegion),
    country: str(address?.addressCountry),
    latitude: num(geo.latitude),
    longitude: num(geo.longitude),
  };
  if (typeof place.address === 'string') location.text = place.address;
  return location.city || location.region || location.country || location.text ? location : null;
}

function salaryOf(posting: Node): RawLeadInput['salary'] {
  const base = asArray(posting.baseSalary)[0];
  if (base === undefined) return null;
  if (!isNode(base)) return { min: num(base), max: num(base), currency: null, period: null };
  const value = base.value;
  if (isNode(value)) {
    const exact = num(value.value);
    return {
      min: num(value.minValue) ?? exact,
      max: num(value.maxValue) ?? exact,
      currency: str(base.currency),
      period: str(value.unitText),
    };
  }
  return { min: num(value), max: num(value), currency: str(base.currency), period: str(base.unitText) };
}

export function jobPostingToLead(posting: Node, pageUrl: string): RawLeadInput | null {
  const title = str(posting.title) ?? str(posting.name);
  if (!title) return null;
  const org = asArray(posting.hiringOrganization)[0];
  const company = str(org ?? null) ?? (isNode(org) ? str(org.legalName) : null);
  const remote = asArray(posting.jobLocationType).some((t) => String(t).toUpperCase() === 'TELECOMMUTE');
  const places = asArray(posting.jobLocation)
    .map(placeOf)
    .filter((p): p is RawLocationInput => p !== null);
  // A remote posting names where applicants may live rather than where the job is.
  const requirements = remote
    ? asArray(posting.applicantLocationRequirements)
        .map((r) => str(r))
        .filter((r): r is string => Boolean(r))
        .map((text) => ({ text: `Remote - ${text}` }))
    : [];
  const url = str(posting.url) ?? pageUrl;
  const identifier = asArray(posting.identifier)[0];
  const id = isNode(identifier) ? str(identifier.value) : str(identifier ?? null);
  return {
    sourceLeadId: id ?? url,
    title,
    company: company ?? new URL(pageUrl).hostname,
    locations: [...places, ...requirements],
    workplace: remote ? 'remote' : null,
    employmentType: asArray(posting.employmentType).map((t) => String(t)),
    salary: salaryOf(posting),
    descriptionHtml: str(posting.description) ?? '',
    url: URL.canParse(url) ? url : pageUrl,
    applyUrl: URL.canParse(url) ? url : pageUrl,
    postedAt: str(posting.datePosted),
    closesAt: str(posting.validThrough),
    department: null,
    ...(typeof posting.experienceInPlaceOfEducation === 'boolean'
      ? { experienceInPlaceOfEducation: posting.experienceInPlaceOfEducation }
      : {}),
  };
}

/**
 * Every JobPosting in a page's JSON-LD blocks (the text of each script), as raw leads, and what
 * could not be read: a block that is not JSON even after the usual repairs, or a JobPosting with
 * no title (a wrong-shape block, such as one whose `title` is an object without a name). Blocks of
 * other types (Organization, BreadcrumbList) are not postings and are not reported.
 */
export function readJobPostings(
  blocks: string[],
  pageUrl: string,
): { leads: RawLeadInput[]; skipped: string[] } {
  const postings: Node[] = [];
  const skipped: string[] = [];
  for (const block of blocks) {
    const parsed = parseBlock(block);
    if (parsed === undefined) {
      if (/JobPosting/.test(block)) skipped.push('a JobPosting block that is not valid JSON');
      continue;
    }
    collectJobPostings(parsed, postings);
  }
  const leads: RawLeadInput[] = [];
  for (const posting of postings) {
    const lead = jobPostingToLead(posting, pageUrl);
    if (lead) leads.push(lead);
    else skipped.push('a JobPosting without a title');
  }
  return { leads, skipped };
}

/** Every JobPosting in a page's JSON-LD blocks, as raw leads. */
export function jobPostingsFromBlocks(blocks: string[], pageUrl: string): RawLeadInput[] {
  return readJobPostings(blocks, pageUrl).leads;
}

/** Every JobPosting on an HTML page, as raw leads. */
export function extractJobPostings(html: string, pageUrl: string): RawLeadInput[] {
  return jobPostingsFromBlocks(scanPage(html).jsonLd, pageUrl);
}
