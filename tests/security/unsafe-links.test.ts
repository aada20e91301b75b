import { describe, expect, it } from 'vitest';
import { normalisedLeadSchema } from '../../core/lead/lead';
import { normaliseStep, validateStep } from '../../crawler/pipeline/steps';

const PAGE = 'https://careers.example.org/jobs';
const posting = (links: { url: string; applyUrl?: string }) => ({
  sourceLeadId: '1',
  title: 'Records Analyst',
  company: 'Example Co',
  descriptionHtml: '<p>Keep records.</p>',
  ...links,
});

const through = (links: { url: string; applyUrl?: string }) => {
  const validated = validateStep(PAGE, [posting(links)]);
  const normalised = normaliseStep(validated.raws);
  return {
    leads: normalised.leads.map((l) => l.lead),
    problems: [...validated.problems, ...normalised.problems],
  };
};

describe('links in crawled postings', () => {
  it.each([
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('keeps a posting whose apply link is %s, without an apply link, and notes it in the run', (unsafe) => {
    const { leads, problems } = through({ url: 'https://careers.example.org/jobs/1', applyUrl: unsafe });
    expect(leads).toHaveLength(1);
    expect(leads[0]?.applyUrl).toBeNull();
    expect(leads[0]?.url).toBe('https://careers.example.org/jobs/1');
    expect(problems).toEqual([
      `${PAGE}: "Records Analyst" kept without its applyUrl, which was not an http(s) link; it shows no apply button`,
    ]);
  });

  it('falls back to the page it was found on when the posting link itself is unsafe', () => {
    const { leads, problems } = through({ url: 'javascript:void(0)', applyUrl: 'JAVASCRIPT:alert(1)' });
    expect(leads.map((l) => [l.url, l.applyUrl])).toEqual([[PAGE, null]]);
    expect(problems[0]).toBe(
      `${PAGE}: "Records Analyst" kept without its url and applyUrl, which were not http(s) links; it shows no apply button`,
    );
  });

  it('allows only http and https in the lead schema', () => {
    const valid = normalisedLeadSchema.shape.applyUrl;
    expect(valid.safeParse('https://jobs.example.org/apply').success).toBe(true);
    expect(valid.safeParse('javascript:alert(1)').success).toBe(false);
    expect(normalisedLeadSchema.shape.url.safeParse('data:text/html,hi').success).toBe(false);
  });
});
