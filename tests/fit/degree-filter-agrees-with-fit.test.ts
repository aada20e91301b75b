import { describe, expect, it } from 'vitest';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import { leadScorer } from '../../crawler/pipeline/lead-scorer';

const score = leadScorer();

/** A posting as the crawler sees it: normalised, then scored, as the pipeline does. */
function crawl(descriptionHtml: string, extra: Partial<RawLeadInput> = {}) {
  const lead = normaliseLead(
    rawLeadSchema.parse({
      sourceLeadId: 'p1',
      title: 'Fraud Analytics Specialist',
      company: 'Granite Mutual',
      descriptionHtml,
      url: 'https://careers.example.test/jobs/1',
      ...extra,
    }),
  );
  const { fit } = score(lead);
  return {
    filter: lead.noDegreeRequired,
    fitSays: fit?.noDegreeRequired,
    needsDegree: (fit?.reasons ?? []).filter((r) => r.startsWith('Needs a degree')),
  };
}

describe('the "No degree required" filter and the fit read degrees the same way', () => {
  it('lets experience stand in for a degree when the posting says so in another sentence', () => {
    // The filter's old detector let this in while the fit said "Needs a degree in computer science".
    const html =
      "<h3>Requirements</h3><ul><li>Bachelor's degree in computer science required.</li><li>Equivalent experience may be considered.</li><li>Interview claimants and write reports.</li></ul>";
    expect(crawl(html)).toEqual({ filter: true, fitSays: true, needsDegree: [] });
  });

  it('keeps out, and names, a degree the posting requires with no substitute', () => {
    const html =
      "<h3>Requirements</h3><ul><li>Bachelor's degree in computer science required.</li><li>Interview claimants and write reports.</li></ul>";
    expect(crawl(html)).toEqual({
      filter: false,
      fitSays: false,
      needsDegree: ['Needs a degree in computer science'],
    });
  });

  it("takes schema.org's experienceInPlaceOfEducation for both", () => {
    const html = "<p>Bachelor's degree in computer science required.</p>";
    expect(crawl(html, { experienceInPlaceOfEducation: true })).toEqual({
      filter: true,
      fitSays: true,
      needsDegree: [],
    });
  });

  it('leaves out a posting that says nothing about education', () => {
    expect(crawl('<p>Review claims for signs of fraud and write up what you find.</p>')).toEqual({
      filter: false,
      fitSays: false,
      needsDegree: [],
    });
  });
});
