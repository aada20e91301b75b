import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { onetIndex } from '../core/fit/create-scorer';
import { scoreFit } from '../core/fit/score-fit';
import { fitSchema } from '../core/lead/lead';
import { incomingLead } from '../tests/helpers/incoming-lead';
import { PagePacker, packedInBounds, packedTexts, packLead, unpackChecked, unpackLead } from './packed-lead';
import { fitFromText } from './stored-fit';

const lead = (id: string, title: string, description: string) => {
  const incoming = incomingLead('acme', {
    sourceLeadId: id,
    title,
    url: `https://jobs.acme.example/${id}`,
    descriptionHtml: `<p>${description}</p>`,
  });
  if (!('lead' in incoming)) throw new Error('the helper gives a lead as objects');
  return incoming.lead;
};

const fraud = lead(
  '1',
  'Fraud Investigator',
  'Interview claimants and write reports. 3+ years of investigative experience.',
);
const fit = scoreFit(onetIndex(), { title: fraud.title, description: fraud.description });
const excluded = { rule: 'test-rule', reason: 'A test rule' };

describe('a packed lead', () => {
  it('opens into the lead, the fit text, the exclusion and the tracks it was packed from', () => {
    const packed = packLead(fraud, fit, excluded);
    expect(unpackChecked(packed)).toEqual({ ...fraud, noDegreeRequired: fraud.noDegreeRequired ?? false });
    const texts = packedTexts(packed);
    expect(fitSchema.parse(fitFromText(texts.stored.fit as string))).toEqual(fit);
    expect(JSON.parse(texts.stored.excluded as string)).toEqual(excluded);
    expect(JSON.parse(texts.tracks)).toEqual(fit.tracks);
    expect(texts.lead.url).toBe('https://jobs.acme.example/1');
    expect(JSON.parse(texts.places)).toEqual(fraud.places);
    expect(packed.fitScore).toBe(fit.score);
  });

  it('hashes the content as stored hashes were made: SHA-256 of [content, fit, exclusion], without the fingerprint', () => {
    const packed = packLead(fraud, fit, null);
    const { fingerprint: _f, noDegreeRequired: _n, ...content } = fraud;
    const { stored } = packedTexts(packed);
    const expected = createHash('sha256')
      .update(`[${JSON.stringify(content)},${stored.fit},null]`)
      .digest('base64url');
    expect(stored.contentHash).toBe(expected);
    expect(packedTexts(packLead({ ...fraud, fingerprint: 'other' }, fit, null)).stored.contentHash).toBe(
      expected,
    );
  });

  it('says "no fit" and "not excluded" as nulls, and keeps tracks as an empty list', () => {
    const texts = packedTexts(packLead(fraud, null, null));
    expect(texts.stored.fit).toBeNull();
    expect(texts.stored.excluded).toBeNull();
    expect(texts.tracks).toBe('[]');
  });
});

describe('a page of packed leads', () => {
  const others = [
    lead('2', 'Analyste — fraude', 'Enquêtes, rapports et entretiens. Équipe à Montréal 🇨🇦.'),
    lead('3', 'Records Specialist', 'Keep case files; quote "exactly" and \\ backslashes.'),
  ];

  it('shares one text, and each lead opens to its own parts, whatever characters they hold', () => {
    const packer = new PagePacker();
    const packed = [fraud, ...others].map((l, i) => packer.pack(l, i === 0 ? fit : null, null));
    packer.done();
    expect(new Set(packed.map((p) => p.page)).size).toBe(1);
    expect(packed.map((p) => unpackLead(p).title)).toEqual([
      'Fraud Investigator',
      'Analyste — fraude',
      'Records Specialist',
    ]);
    // As a prepare thread's reply reaches the writer: one structured clone of the whole list.
    const arrived = structuredClone(packed);
    expect(arrived.map((p) => unpackChecked(p).description)).toEqual(
      [fraud, ...others].map((l) => l.description),
    );
    expect(arrived.every(packedInBounds)).toBe(true);
  });

  it('is refused when a lead’s parts run past the end of its text', () => {
    const packed = packLead(fraud, fit, null);
    expect(packedInBounds(packed)).toBe(true);
    expect(packedInBounds({ ...packed, page: { text: packed.page.text.slice(0, -1) } })).toBe(false);
  });
});
