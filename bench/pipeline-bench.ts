import { performance as perf } from 'node:perf_hooks';
import type { RawLead } from '../core/lead/raw-lead';
import { rawLeadSchema } from '../core/lead/raw-lead';
import { leadScorer } from '../crawler/pipeline/lead-scorer';
import type { PrepareLeads } from '../crawler/pipeline/prepare-leads';
import { prepareLeads } from '../crawler/pipeline/prepare-leads';
import { PreparePool } from '../crawler/pipeline/prepare-pool';
import { dedupeStep, normaliseStep, packStep, scoreStep, upsertStep } from '../crawler/pipeline/steps';
import { migrate } from '../store/migrate';
import type { Store } from '../store/open-store';
import { openMemoryStore } from '../store/open-store';
import { fmt, line, timeIt } from './measure';
import { cpuBetween, threadCpu } from './thread-cpu';

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

/** Leads per page, as USAJOBS and the larger ATS boards send them, and pages in flight at once. */
const PAGE = 500;
const IN_FLIGHT = 4;

/**
 * The crawl pipeline's own path over pages of leads: each page prepared (normalise → dedupe → score)
 * in the prepare threads and upserted on this thread in one transaction, several pages in flight as
 * the crawl session keeps them, so one page is written while the next is scored.
 */
async function runPipeline(
  raws: { raw: RawLead }[],
  prepare: PrepareLeads,
  db: Store,
): Promise<{ new: number; writingMs: number }> {
  let created = 0;
  let writingMs = 0;
  let next = 0;
  const source = { id: 'bench', type: 'greenhouse' as const };
  const lane = async () => {
    while (next < raws.length) {
      const page = raws.slice(next, next + PAGE);
      next += PAGE;
      const { leads } = await prepare(page);
      const started = performance.now();
      created += upsertStep(db, source, leads, [], new Date().toISOString(), false).counts.new;
      writingMs += performance.now() - started;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  return { new: created, writingMs };
}

export async function pipelineBench(count = 20_000): Promise<void> {
  console.log(`\nPipeline: normalise + dedupe + score + upsert of ${fmt(count)} synthetic leads`);
  const raws = syntheticRaws(count);
  const rate = (ms: number) => `${fmt(count / (ms / 1000))} leads/s (${fmt(ms)} ms)`;

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

  // The pipeline as crawls run it: prepare threads (one per core), started before the clock runs,
  // as a crawl starts them while it fetches its first pages.
  const pool = new PreparePool();
  const warm = await timeIt(() => pool.warm());
  const db = openMemoryStore();
  migrate(db);
  const mainBefore = perf.eventLoopUtilization();
  const threadsBefore = pool.threadUse();
  const cpuBefore = threadCpu();
  const ours = await timeIt(() => runPipeline(raws, prepareLeads(leadScorer(), pool), db));
  const cpu = cpuBetween(cpuBefore, threadCpu(), pool.size);
  // Busy and idle time of this thread and of each prepare thread over the timed run.
  const main = perf.eventLoopUtilization(mainBefore);
  const threads = pool.threadUse().map((use, i) => {
    const before = threadsBefore[i];
    return before ? perf.eventLoopUtilization(use, before) : use;
  });
  await pool.close();
  if (ours.result.new !== count) throw new Error(`expected ${count} new leads, got ${ours.result.new}`);

  // Each step on its own, one after another on this thread, into a fresh store.
  const stepDb = openMemoryStore();
  migrate(stepDb);
  const scorer = leadScorer();
  const steps = { normalise: 0, dedupe: 0, score: 0, pack: 0, upsert: 0 };
  const step = <T>(name: keyof typeof steps, run: () => T): T => {
    const started = performance.now();
    const result = run();
    steps[name] = performance.now() - started;
    return result;
  };
  const { leads } = step('normalise', () => normaliseStep(raws));
  const deduped = step('dedupe', () => dedupeStep(leads));
  const scored = step('score', () => scoreStep(deduped, scorer));
  // The prepare threads pack for the store too (prepare-worker-loop.ts): the writer binds strings.
  const packed = step('pack', () => packStep(scored));
  step('upsert', () =>
    upsertStep(stepDb, { id: 'bench', type: 'greenhouse' }, packed, [], new Date().toISOString()),
  );
  const sequential = steps.normalise + steps.dedupe + steps.score + steps.pack + steps.upsert;

  line('pipeline (prepare threads + upsert overlapped)', rate(ours.ms));
  line('baseline: raw JSON insert, no normalising', rate(baseline.ms));
  line('pipeline time / baseline time', `${fmt(ours.ms / baseline.ms, 1)}x`);
  // Near 100%: the writer sets the pace and the threads keep up; well below: the writer waits on them.
  line('of the pipeline time, this thread upserting', `${fmt((100 * ours.result.writingMs) / ours.ms)}%`);
  const perLead = (ms: number) => `${fmt((1000 * ms) / count)} µs a lead`;
  line(
    'this thread busy / idle',
    `${perLead(main.active)} / ${perLead(main.idle)} (idle ${fmt(100 * (1 - main.utilization))}%)`,
  );
  line('batches of 250 prepared on this thread while the threads held their fill', fmt(pool.helped));
  for (const [i, use] of threads.entries())
    line(
      `prepare thread ${i + 1} busy / idle`,
      `${perLead(use.active)} / ${perLead(use.idle)} (busy ${fmt(100 * use.utilization)}%)`,
    );
  // CPU time, unlike busy time, leaves out the time a thread waited for a core (Linux only).
  if (cpu) {
    const total = cpu.main + cpu.threads.reduce((a, b) => a + b, 0) + cpu.rest;
    line('CPU a lead: this thread', perLead(cpu.main));
    for (const [i, ms] of cpu.threads.entries()) line(`CPU a lead: prepare thread ${i + 1}`, perLead(ms));
    line("CPU a lead: V8's helper threads (GC, optimising compiler)", perLead(cpu.rest));
    line('CPU a lead in all (2 cores at 5,000 leads/s allow 400 µs)', perLead(total));
  }
  line('the same steps one after another, one thread', rate(sequential));
  line('of which normalising (HTML, places, pay, dates)', rate(steps.normalise));
  line('of which dedupe within the batch', rate(steps.dedupe));
  line('of which fit scoring and exclusion', rate(steps.score));
  line('of which packing for the store (fit JSON, hash, lead text)', rate(steps.pack));
  line('of which upsert into the store', rate(steps.upsert));
  line(`prepare threads (${pool.size}) starting, not timed above`, `${fmt(warm.ms)} ms`);
  line('goal (issue 14)', 'pipeline at or above 5,000 leads/s');
}
