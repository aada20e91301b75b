import { hash } from 'node:crypto';
import { z } from 'zod';
import { noDegreeRequired } from '../core/lead/degree-requirement';
import type { Exclusion, Fit, NormalisedLead } from '../core/lead/lead';
import { normalisedLeadSchema } from '../core/lead/lead';
import type { StoredForm } from './lead-stored-form';
import { fitText } from './stored-fit';

const NUMBER = z.number().nullable();

/**
 * A scored lead as the writer takes it: the keys the upsert matches on and two small values as
 * fields, and its texts (content, tracks, fit, exclusion, hash, URL) as ranges of one text that the
 * whole page's leads share. A crawl's prepare threads pack each lead as soon as it is scored, and
 * the writer opens each just before it binds its row.
 *
 * Why one text a page: a scavenge copies every young object that survives it
 * (https://v8.dev/blog/orinoco-parallel-scavenger), and a page's leads, as objects or as a few
 * thousand strings, survived on the writing thread from the moment they arrived until they were
 * written: the pipeline benchmark's writer copied about 5 MB at each scavenge, a tenth of its time,
 * and the GC helper threads spent as much again. A page's text is one string of a megabyte or so,
 * which V8 keeps in its large-object space and never copies, and its parts are slices of it.
 */
/** The lead's own texts a row binds as they are, in this order in a packed lead's ranges. */
export const LEAD_TEXTS = [
  'title',
  'company',
  'location',
  'city',
  'region',
  'country',
  'remote',
  'employmentType',
  'url',
  'applyUrl',
  'postedAt',
  'closesAt',
  'department',
  'descriptionHtml',
  'description',
] as const satisfies readonly (keyof NormalisedLead)[];
type LeadText = (typeof LEAD_TEXTS)[number];
/** The texts packing makes, after the lead's own: its places and pay as JSON, and the stored forms. */
const MADE_TEXTS = ['places', 'salary', 'tracks', 'fit', 'excluded', 'contentHash'] as const;
/** How many ranges a packed lead has. */
export const PACKED_RANGES = LEAD_TEXTS.length + MADE_TEXTS.length;

/**
 * A scored lead as the writer takes it: the keys the upsert matches on and a few small values as
 * fields, and every text its row binds (the lead's texts, its places and pay as JSON, the fit,
 * tracks, exclusion and content hash) as ranges of one text that the whole page's leads share. A
 * crawl's prepare threads pack each lead as soon as it is scored, and the writer binds the ranges
 * as they are: it parses no JSON, which cost the pipeline's one writer about 13 µs a lead.
 *
 * Why one text a page: a scavenge copies every young object that survives it
 * (https://v8.dev/blog/orinoco-parallel-scavenger), and a page's leads, as objects or as a few
 * thousand strings, survived on the writing thread from the moment they arrived until they were
 * written: the pipeline benchmark's writer copied about 5 MB at each scavenge, a tenth of its time,
 * and the GC helper threads spent as much again. A page's text is one string of a megabyte or so,
 * which V8 keeps in its large-object space and never copies, and its parts are slices of it.
 */
export const packedLeadSchema = z.object({
  sourceLeadId: z.string(),
  canonicalUrl: z.string(),
  fingerprint: z.string(),
  noDegreeRequired: z.boolean(),
  postedAtApproximate: z.boolean(),
  fitScore: z.number().nullable(),
  /** The first place's latitude and longitude, and the pay's annual minimum and maximum. */
  numbers: z.tuple([NUMBER, NUMBER, NUMBER, NUMBER]),
  /** The page text this lead's texts sit in, from `at`, with these sizes (-1: null). */
  page: z.object({ text: z.string() }),
  at: z.number().int().nonnegative(),
  sizes: z.array(z.number().int().min(-1)).length(PACKED_RANGES),
});
export type PackedLead = z.infer<typeof packedLeadSchema>;

/** A packed lead's texts, as its row binds them. */
export interface PackedTexts {
  lead: Record<LeadText, string | null>;
  /** JSON of the lead's places, and of its pay (null: none). */
  places: string;
  salary: string | null;
  /** JSON of the fit's tracks, as the `tracks` column holds them. */
  tracks: string;
  stored: StoredForm;
}

/**
 * The hash of what a crawl saw: SHA-256 of `[content, fit, exclusion]` as JSON text. The content
 * leaves out the fingerprint (made from the rest) and `noDegreeRequired` (read from the
 * description), so that a change to how either is derived does not make every lead look changed.
 */
export const contentHash = (content: string, fit: string | null, excluded: string | null): string =>
  hash('sha256', `[${content},${fit ?? 'null'},${excluded ?? 'null'}]`, 'base64url');

/** The JSON text a lead's content is hashed as. */
export function contentText(lead: NormalisedLead): string {
  const { fingerprint: _print, noDegreeRequired: _derived, ...content } = lead;
  return JSON.stringify(content);
}

/** Packs the leads of one page into one text; `done` joins it, before any of them is opened. */
export class PagePacker {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly page = { text: '' };

  pack(lead: NormalisedLead, fit: Fit | null, excluded: Exclusion | null): PackedLead {
    const fitColumn = fit ? fitText(fit) : null;
    const excludedText = excluded ? JSON.stringify(excluded) : null;
    const at = this.length;
    const sizes: number[] = [];
    for (const key of LEAD_TEXTS) this.add(sizes, lead[key]);
    const { salary } = lead;
    this.add(sizes, JSON.stringify(lead.places));
    this.add(sizes, salary ? JSON.stringify(salary) : null);
    this.add(sizes, JSON.stringify(fit?.tracks ?? []));
    this.add(sizes, fitColumn);
    this.add(sizes, excludedText);
    this.add(sizes, contentHash(contentText(lead), fitColumn, excludedText));
    const place = lead.places[0];
    return {
      sourceLeadId: lead.sourceLeadId,
      canonicalUrl: lead.canonicalUrl,
      fingerprint: lead.fingerprint,
      noDegreeRequired: lead.noDegreeRequired ?? noDegreeRequired(lead.description),
      postedAtApproximate: lead.postedAtApproximate,
      fitScore: fit?.score ?? null,
      numbers: [
        place?.latitude ?? null,
        place?.longitude ?? null,
        salary?.annualMin ?? null,
        salary?.annualMax ?? null,
      ],
      page: this.page,
      at,
      sizes,
    };
  }

  // A method, not a closure made in each `pack`: tsx names every inner function it transpiles
  // with Object.defineProperty (esbuild's keepNames), a cost paid on each call.
  private add(sizes: number[], text: string | null): void {
    if (text === null) {
      sizes.push(-1);
      return;
    }
    this.parts.push(text);
    this.length += text.length;
    sizes.push(text.length);
  }

  done(): void {
    this.page.text = this.parts.join('');
    this.parts.length = 0;
  }
}

/** One lead packed on its own (one-off writes, tests). */
export function packLead(lead: NormalisedLead, fit: Fit | null, excluded: Exclusion | null): PackedLead {
  const packer = new PagePacker();
  const packed = packer.pack(lead, fit, excluded);
  packer.done();
  return packed;
}

/** A packed lead's texts, as slices of its page's text. */
export function packedTexts(packed: PackedLead): PackedTexts {
  const parts = sliced(packed.page.text, packed.at, packed.sizes);
  let n = 0;
  const lead = {} as Record<LeadText, string | null>;
  for (const key of LEAD_TEXTS) lead[key] = parts[n++] ?? null;
  const [places, salary, tracks, fit, excluded, hash] = parts.slice(n);
  return {
    lead,
    places: places ?? '[]',
    salary: salary ?? null,
    tracks: tracks ?? '[]',
    stored: { fit: fit ?? null, excluded: excluded ?? null, contentHash: hash ?? '' },
  };
}

/** The texts at `at` of the given sizes, in order; -1 is a null. */
function sliced(text: string, at: number, sizes: readonly number[]): (string | null)[] {
  const parts: (string | null)[] = [];
  let from = at;
  for (const size of sizes) {
    if (size < 0) {
      parts.push(null);
      continue;
    }
    parts.push(text.slice(from, from + size));
    from += size;
  }
  return parts;
}

/** Whether a packed lead's ranges lie inside its page's text (a prepare thread's reply is checked). */
export function packedInBounds(packed: PackedLead): boolean {
  const total = packed.sizes.reduce((sum, size) => sum + Math.max(0, size), 0);
  return packed.at + total <= packed.page.text.length;
}

/**
 * The lead a packed lead carries, with its keys in the lead schema's order, as the normaliser
 * made it, so that its content text (and hash) comes out the same. The texts were packed by
 * `PagePacker` in this process (a prepare thread or this one) and are not checked field by field
 * again; `unpackChecked` is the checked form. The writer opens a lead only in its rare paths.
 */
export function unpackLead(packed: PackedLead, texts = packedTexts(packed)): NormalisedLead {
  const t = texts.lead;
  return {
    title: t.title as string,
    company: t.company as string,
    location: t.location,
    city: t.city,
    region: t.region,
    country: t.country,
    places: JSON.parse(texts.places) as NormalisedLead['places'],
    remote: t.remote as NormalisedLead['remote'],
    employmentType: t.employmentType as NormalisedLead['employmentType'],
    salary: texts.salary === null ? null : (JSON.parse(texts.salary) as NormalisedLead['salary']),
    url: t.url as string,
    canonicalUrl: packed.canonicalUrl,
    applyUrl: t.applyUrl,
    sourceLeadId: packed.sourceLeadId,
    postedAt: t.postedAt,
    postedAtApproximate: packed.postedAtApproximate,
    closesAt: t.closesAt,
    department: t.department,
    descriptionHtml: t.descriptionHtml as string,
    description: t.description as string,
    fingerprint: packed.fingerprint,
    noDegreeRequired: packed.noDegreeRequired,
  };
}

/** `unpackLead` with every field checked by the lead schema (tests read replies with it). */
export function unpackChecked(packed: PackedLead): NormalisedLead {
  return normalisedLeadSchema.parse(unpackLead(packed));
}
