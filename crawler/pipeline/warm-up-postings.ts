import type { RawLead, RawLeadInput } from '../../core/lead/raw-lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { rulesScorer } from './lead-scorer';
import { prepareStep } from './steps';

/**
 * Postings a prepare thread runs through the prepare step once as it starts, before it says it is
 * ready, so that the crawl's first real pages run on optimised code.
 *
 * Why: V8 optimises a function only once it has run often, on helper threads that share the two
 * cores with the pipeline. Measured in the pipeline benchmark on this 2-core machine, optimising
 * the normalise and score code took 2.4–3.3 s of CPU during the first 20,000 leads, about 40% of
 * all the CPU the run used. A thread starts while its crawl fetches its first pages (network
 * time), so the same optimising happens then instead; with 2,000 postings here it fell to about
 * 0.8 s during those leads.
 *
 * The postings cover the shapes real boards send (HTML lists and headings, requirement sections,
 * pay as a range or an hourly rate, cities, remote and foreign places, dates), so the code is
 * optimised for the objects it will meet. They are made up and are never stored.
 */
const TITLES = [
  'Claims Investigator',
  'Compliance Analyst',
  'Corporate Security Specialist',
  'Records Coordinator',
  'Data Engineer',
  'Immigration Paralegal',
  'Emergency Management Planner',
  'Asset Protection Manager',
  'Trust and Safety Analyst',
  'Logistics Coordinator',
];

const DUTIES = [
  'Review claims for signs of fraud, <strong>interview</strong> claimants and witnesses, and write clear reports.',
  'Monitor transactions, escalate suspicious activity and keep case files up to date.',
  'Assess physical security at our sites, run drills and train staff on procedures.',
  'Maintain records, answer requests for information and keep retention schedules.',
  'Build data pipelines in Python and SQL and keep dashboards accurate.',
];

const ASKS = [
  "<h3>Requirements</h3><ul><li>Bachelor's degree in criminal justice, or equivalent experience</li><li>3+ years of investigative experience</li><li>Valid driver's license</li></ul><h3>Preferred</h3><ul><li>CFE or CAMS certification</li></ul>",
  '<h2>What you will need</h2><ul><li>5 years of experience with Python, SQL and AWS</li><li>Experience with Tableau is a plus</li></ul>',
  '<p><b>Qualifications:</b></p><ul><li>Active Secret clearance</li><li>Must pass a physical fitness test and firearms qualification</li></ul>',
  '<h4>Minimum qualifications</h4><ol><li>High school diploma or GED</li><li>Two years of administrative experience</li></ol><p>Spanish is desirable.</p>',
  '<p>No degree required. We train you on the job &amp; pay for certification.</p>',
];

const PLACES: RawLeadInput['locations'][] = [
  [{ text: 'Tucson, AZ' }],
  [{ text: 'San Antonio, Texas, United States' }],
  [{ city: 'Miami', region: 'FL', country: 'US' }],
  [{ text: 'Remote - US' }],
  [{ text: 'Denver, CO' }, { text: 'Hybrid - Chicago, IL' }],
  [{ text: 'London, United Kingdom' }],
];

const PAY: RawLeadInput['salary'][] = [
  { min: 58000, max: 72000, currency: 'USD', period: 'YEAR' },
  { min: 24.5, max: 31, currency: 'USD', period: 'HOUR' },
  null,
  { min: 95000, currency: 'USD', period: 'yearly' },
];

/** `count` postings, each one a new combination of the parts above. */
export function warmUpPostings(count: number): RawLeadInput[] {
  return Array.from({ length: count }, (_, i) => ({
    sourceLeadId: `warm-up-${i}`,
    title: `${TITLES[i % TITLES.length]}${i % 3 === 0 ? ' II' : ''}`,
    company: `Sample Employer ${i % 37}`,
    locations: PLACES[i % PLACES.length],
    employmentType: ['FULL_TIME', 'Part-time', 'Contract', undefined][i % 4],
    salary: PAY[i % PAY.length],
    descriptionHtml: `<p>${DUTIES[i % DUTIES.length]}</p>${ASKS[(i >> 1) % ASKS.length]}`,
    url: `https://careers.example.invalid/jobs/${i}?utm_source=warm-up`,
    postedAt: new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString(),
    department: i % 2 ? 'Operations' : null,
  }));
}

/**
 * The warm-up as batches of the prepare step, by the bundled rules, to run one after another: the
 * postings parsed as validateStep parses a page's, and each batch passed through `arrive` (a
 * thread copies it as a message would).
 */
export function warmUpBatches(
  count: number,
  size: number,
  arrive: (raws: { raw: RawLead }[]) => { raw: RawLead }[] = (raws) => raws,
): (() => void)[] {
  const scorer = rulesScorer(null);
  const raws = warmUpPostings(count).map((posting) => ({ raw: rawLeadSchema.parse(posting) }));
  const batches: (() => void)[] = [];
  for (let at = 0; at < raws.length; at += size) {
    const batch = raws.slice(at, at + size);
    batches.push(() => void prepareStep(arrive(batch), scorer));
  }
  return batches;
}
