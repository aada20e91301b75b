import { rawLeadSchema } from '../core/lead/raw-lead';
import { dedupeStep, normaliseStep, upsertStep } from '../crawler/pipeline/steps';
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
const PLACES = ['Phoenix, AZ', 'El Paso, TX', 'Miami, FL', 'Remote - US', 'Denver, CO', 'Berlin, Germany'];

/** 20,000 synthetic postings with the variety the normaliser meets: HTML, salaries, dates, places. */
function syntheticRaws(count: number) {
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
      descriptionHtml: `<p>Posting ${i}: investigate claims, <strong>interview</strong> witnesses &amp; write reports.</p><ul><li>Duty one</li><li>Duty two</li></ul><script>x()</script>`,
      url: `https://jobs.example.test/${i % 400}/posting/${i}?utm_source=bench`,
      postedAt: new Date(Date.UTC(2026, 9, 1 + (i % 50))).toISOString(),
    }),
  }));
}

export async function pipelineBench(count = 20_000): Promise<void> {
  console.log(`\nPipeline: normalise + dedupe + upsert of ${fmt(count)} synthetic leads`);
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
  const ours = await timeIt(() => {
    const { leads } = normaliseStep(raws);
    const deduped = dedupeStep(leads);
    return upsertStep(
      db,
      { id: 'bench', type: 'greenhouse' },
      deduped.map((l) => ({ ...l, fit: null, excluded: null })),
      [],
      new Date().toISOString(),
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
}
