import { hash } from 'node:crypto';
import { z } from 'zod';
import { noDegreeRequired } from '../core/lead/degree-requirement';
import type { Exclusion, Fit, NormalisedLead } from '../core/lead/lead';
import { normalisedLeadSchema } from '../core/lead/lead';
import type { StoredForm } from './lead-stored-form';
import { fitText } from './stored-fit';

const SIZE = z.number().int().nonnegative();

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
export const packedLeadSchema = z.object({
  sourceLeadId: z.string(),
  canonicalUrl: z.string(),
  fingerprint: z.string(),
  noDegreeRequired: z.boolean(),
  fitScore: z.number().nullable(),
  /** The page text this lead's texts sit in, from `at`, with these sizes (-1: no fit, no exclusion). */
  page: z.object({ text: z.string() }),
  at: z.number().int().nonnegative(),
  sizes: z.tuple([SIZE, SIZE, z.number().int().min(-1), z.number().int().min(-1), SIZE, SIZE]),
});
export type PackedLead = z.infer<typeof packedLeadSchema>;

/** A packed lead's texts: `content` is the JSON the content hash is made of (see `contentText`). */
export interface PackedTexts {
  content: string;
  /** JSON of the fit's tracks, as the `tracks` column holds them. */
  tracks: string;
  url: string;
  stored: StoredForm;
}

/**
 * The hash of what a crawl saw: SHA-256 of `[content, fit, exclusion]` as JSON text. The content
 * leaves out the fingerprint (made from the rest) and `noDegreeRequired` (read from the
 * description), so that a change to how either is derived does not make every lead look changed.
 */
export const contentHash = (content: string, fit: string | null, excluded: string | null): string =>
  hash('sha256', `[${content},${fit ?? 'null'},${excluded ?? 'null'}]`, 'base64url');

/** The JSON text a lead's content is hashed and carried as. */
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
    const content = contentText(lead);
    const fitColumn = fit ? fitText(fit) : null;
    const excludedText = excluded ? JSON.stringify(excluded) : null;
    const texts = [
      content,
      JSON.stringify(fit?.tracks ?? []),
      fitColumn ?? '',
      excludedText ?? '',
      contentHash(content, fitColumn, excludedText),
      lead.url,
    ];
    const at = this.length;
    for (const text of texts) {
      this.parts.push(text);
      this.length += text.length;
    }
    const size = (text: string, absent: boolean) => (absent ? -1 : text.length);
    return {
      sourceLeadId: lead.sourceLeadId,
      canonicalUrl: lead.canonicalUrl,
      fingerprint: lead.fingerprint,
      noDegreeRequired: lead.noDegreeRequired ?? noDegreeRequired(lead.description),
      fitScore: fit?.score ?? null,
      page: this.page,
      at,
      sizes: [
        content.length,
        (texts[1] as string).length,
        size(texts[2] as string, fitColumn === null),
        size(texts[3] as string, excludedText === null),
        (texts[4] as string).length,
        lead.url.length,
      ],
    };
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
  const { text } = packed.page;
  let at = packed.at;
  const next = (size: number) => {
    if (size < 0) return null;
    const part = text.slice(at, at + size);
    at += size;
    return part;
  };
  const [content, tracks, fit, excluded, hashed, url] = packed.sizes.map(next) as string[];
  return {
    content: content as string,
    tracks: tracks as string,
    url: url as string,
    stored: { fit: fit ?? null, excluded: excluded ?? null, contentHash: hashed as string },
  };
}

/** Whether a packed lead's ranges lie inside its page's text (a prepare thread's reply is checked). */
export function packedInBounds(packed: PackedLead): boolean {
  const total = packed.sizes.reduce((sum, size) => sum + Math.max(0, size), 0);
  return packed.at + total <= packed.page.text.length;
}

const contentSchema = normalisedLeadSchema.omit({ fingerprint: true, noDegreeRequired: true });

/**
 * The lead a packed lead carries. The text was written by `packLead` in this process (a prepare
 * thread or this one); it is parsed as JSON only, not checked field by field again, which on the
 * writing thread would cost more than the write. `unpackChecked` is the checked form.
 */
export function unpackLead(packed: PackedLead, content = packedTexts(packed).content): NormalisedLead {
  const fields = JSON.parse(content) as Omit<NormalisedLead, 'fingerprint' | 'noDegreeRequired'>;
  return { ...fields, fingerprint: packed.fingerprint, noDegreeRequired: packed.noDegreeRequired };
}

/** `unpackLead` with every field checked by the lead schema (tests read replies with it). */
export function unpackChecked(packed: PackedLead): NormalisedLead {
  const content = contentSchema.parse(JSON.parse(packedTexts(packed).content));
  return { ...content, fingerprint: packed.fingerprint, noDegreeRequired: packed.noDegreeRequired };
}
