import { rawLeadSchema } from '../core/lead/raw-lead';
import { leadScorer } from '../crawler/pipeline/lead-scorer';
import { dedupeStep, normaliseStep, scoreStep, upsertStep } from '../crawler/pipeline/steps';
import { migrate } from '../store/migrate';
import { openMemoryStore } from '../store/open-store';
import { fmt, line, timeIt } from './measure';

const TITLES = [
  'Fraud Investigator',
  'AML Analyst',
  'Security Manager',
  'Records Specialist',
  'Software Engineer',
  'Paralegal',
  'Emergency Planner',
  'Loss Prevention Lead',
];
/** Requirement lists like real postings carry, so scoring reads degrees, licences and years as it would. */
const REQUIREMENTS = [
  "<h3>Requirements</h3><ul><li>Bachelor's degree in criminal justice or equivalent experience</li><li>3+ years of investigative experience</li><li>Valid driver's licence</li></ul><h3>Preferred</h3><ul><li>CFE or CAMS certification</li></ul>",
  '<h3>What you need</h3><ul><li>5+ years of experience building software in Python and SQL</li><li>Experience with AWS</li></ul>',
  '<h3>Qualifications</h3><ul><li>Active Secret clearance</li><li>Must pass a physical fitness test and firearms qualification</li></ul>',
  '<h3>Minimum qualifications</h3><ul><li>High school diploma or GED</li><li>2 years of administrative or records experience</li></ul>',
];
const PLACES = ['Phoenix, AZ', 'El Paso, TX', 'Miami, FL', 'Remote - US', 'Denver, CO', 'Berlin, Germany'];

/** 20,000 synthetic postings with the variety the normaliser meets: HTML, salaries, dates, places. */
export function syntheticRaws(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    raw: rawLeadSchema.parse({
      sourceLeadId: `bench-${i}`,
      title: `${TITLES[i % TITLES.length]} ${['I', 'II', 'III'][i % 3]}`,
      company: `Employer ${i % 400}`,
      locations: [{ text: PLACES[i % PLACES.length] }],
      employmentType: i % 5 === 0 ? 'Part-time' : 'FULL_TIME',
      salary: {
        min: 50000 + (i % 50) * 1000,
        max: 70000 + (i % 50) * 1000,
        currency: 'USD',
        period: i % 7 === 0 ? 'HOUR' : 'YEAR',
      },
      descriptionHtml: `<p>Posting ${i}: investigate claims, <strong>interview</strong> witnesses &amp; write reports.</p><ul><li>Duty one</li><li>Duty two</li></ul><script>x()</script>${REQUIREMENTS[i % REQUIREMENTS.length]}`,
      url: `https://jobs.example.test/${i % 400}/posting/${i}?utm_source=bench`,
      postedAt: new Date(Date.UTC(2026, 9, 1 + (i % 50))).toISOString(),
    }),
  }));
}

export async function pipelineBench(count = 20_000): Promise<void> {
  console.log(`\nPipeline: normalise + dedupe + score + upsert of ${fmt(count)} synthetic leads`);
  const raws = syntheticRaws(count);

  // Baseline: the least a store can do, one INSERT of the raw JSON per lead in one transaction.
  const baseDb = openMemoryStore();
  baseDb.exec('CREATE TABLE raw_leads (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
  const insert = baseDb.prepare('INSERT INTO raw_leads VALUES (?, ?)');
  const baseline = await timeIt(() =>
    baseDb.transaction(() =>
      raws.forEach((r) => {
        insert.run(r.raw.sourceLeadId, JSON.stringify(r.raw));
      }),
    )(),
  );

  const db = openMemoryStore();
  migrate(db);
  const scorer = leadScorer();
  const steps = { normalise: 0, dedupe: 0, score: 0, upsert: 0 };
  const step = <T>(name: keyof typeof steps, run: () => T): T => {
    const started = performance.now();
    const result = run();
    steps[name] = performance.now() - started;
    return result;
  };
  const ours = await timeIt(() => {
    const { leads } = step('normalise', () => normaliseStep(raws));
    const deduped = step('dedupe', () => dedupeStep(leads));
    const scored = step('score', () => scoreStep(deduped, scorer));
    return step('upsert', () =>
      upsertStep(db, { id: 'bench', type: 'greenhouse' }, scored, [], new Date().toISOString()),
    );
  });
  if (ours.result.counts.new !== count)
    throw new Error(`expected ${count} new leads, got ${ours.result.counts.new}`);
  line('pipeline', `${fmt(count / (ours.ms / 1000))} leads/s (${fmt(ours.ms)} ms)`);
  line(
    'baseline: raw JSON insert, no normalising',
    `${fmt(count / (baseline.ms / 1000))} leads/s (${fmt(baseline.ms)} ms)`,
  );
  line('pipeline time / baseline time', `${fmt(ours.ms / baseline.ms, 1)}x`);
  const rate = (ms: number) => `${fmt(count / (ms / 1000))} leads/s (${fmt(ms)} ms)`;
  line('of which normalising (HTML, places, pay, dates)', rate(steps.normalise));
  line('of which dedupe within the batch', rate(steps.dedupe));
  line('of which fit scoring and exclusion', rate(steps.score));
  line('of which upsert into the store', rate(steps.upsert));
  line('goal (issue 14)', 'pipeline at or above 5,000 leads/s');
}
