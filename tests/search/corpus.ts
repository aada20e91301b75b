import { createScorer } from '../../core/fit/create-scorer';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import { upsertLead } from '../../store/lead-upsert';
import { migrate } from '../../store/migrate';
import type { Store } from '../../store/open-store';
import { openMemoryStore } from '../../store/open-store';

export const NOW = new Date('2026-11-20T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

export type Entry = Partial<RawLeadInput> & {
  id: string;
  title: string;
  company: string;
  source?: 'greenhouse' | 'lever' | 'usajobs';
};

/** A fixed corpus for the conformance suite: every field a filter, facet or sort looks at varies. */
export const CORPUS: Entry[] = [
  {
    id: 'fraud-1',
    title: 'Fraud Investigator',
    company: 'Granite Mutual',
    locations: [{ text: 'Phoenix, AZ', latitude: 33.45, longitude: -112.07 }],
    salary: { min: 60000, max: 80000, period: 'YEAR', currency: 'USD' },
    postedAt: daysAgo(2),
    descriptionHtml: '<p>Interview claimants & write reports. Law enforcement experience is a plus.</p>',
    employmentType: 'FULL_TIME',
  },
  {
    id: 'fraud-2',
    title: 'Senior Fraud Analyst',
    company: 'Bluebonnet Casualty',
    locations: [{ text: 'San Antonio, TX', latitude: 29.42, longitude: -98.49 }],
    salary: { min: 90000, max: 120000, period: 'YEAR', currency: 'USD' },
    postedAt: daysAgo(20),
    descriptionHtml: '<p>Analyze claims data for fraud rings.</p>',
    employmentType: 'FULL_TIME',
  },
  {
    id: 'claims-1',
    title: 'Claims Adjuster',
    company: 'Granite Mutual',
    locations: [{ text: 'Tucson, AZ', latitude: 32.22, longitude: -110.97 }],
    salary: { min: 25, max: 30, period: 'HOUR', currency: 'USD' },
    postedAt: daysAgo(5),
    descriptionHtml:
      "<p>Handle claims; refer suspected fraud to the investigations unit.</p><p>Bachelor's degree or equivalent work experience.</p>",
    employmentType: 'PART_TIME',
  },
  {
    id: 'aml-1',
    title: 'AML Compliance Analyst',
    company: 'Summit Trust Bank',
    locations: [{ text: 'Denver, CO' }],
    salary: { min: 70000, max: 95000, period: 'YEAR', currency: 'USD' },
    postedAt: daysAgo(1),
    descriptionHtml:
      "<p>Review money laundering alerts and file suspicious activity reports.</p><p>Bachelor's degree in finance required.</p>",
    employmentType: 'FULL_TIME',
    source: 'lever',
  },
  {
    id: 'security-1',
    title: 'Corporate Security Manager',
    company: 'Helix Biotech',
    locations: [{ text: 'Remote' }],
    workplace: 'remote',
    salary: { min: 110000, max: 140000, period: 'YEAR', currency: 'USD' },
    postedAt: daysAgo(40),
    descriptionHtml: '<p>Lead physical security and investigate workplace incidents.</p>',
    employmentType: 'FULL_TIME',
    source: 'lever',
  },
  {
    id: 'records-1',
    title: 'Records Specialist',
    company: 'Pima County',
    locations: [{ text: 'Tucson, AZ', latitude: 32.22, longitude: -110.97 }],
    postedAt: daysAgo(3),
    descriptionHtml: '<p>Maintain case records and process requests. No degree required.</p>',
    employmentType: 'FULL_TIME',
    source: 'usajobs',
  },
  {
    id: 'eng-1',
    title: 'Software Engineer',
    company: 'Streamly',
    locations: [{ text: 'Berlin, Germany' }],
    workplace: 'hybrid',
    salary: { min: 80000, max: 100000, period: 'YEAR', currency: 'EUR' },
    postedAt: daysAgo(6),
    descriptionHtml: '<p>Build APIs in <b>Go</b> &lt;and&gt; TypeScript.</p>',
    employmentType: 'CONTRACTOR',
  },
  {
    id: 'detention-1',
    title: 'Detention Officer',
    company: 'Frontier Detention Services',
    locations: [{ text: 'Eloy, AZ' }],
    postedAt: daysAgo(1),
    descriptionHtml: '<p>Supervise detainees at an immigration processing center.</p>',
    employmentType: 'FULL_TIME',
  },
  {
    id: 'closed-1',
    title: 'Fraud Examiner',
    company: 'Granite Mutual',
    locations: [{ text: 'Phoenix, AZ' }],
    postedAt: daysAgo(90),
    closesAt: daysAgo(10),
    descriptionHtml: '<p>Examine fraud.</p>',
    employmentType: 'FULL_TIME',
  },
  {
    id: 'leo-1',
    title: 'Protective Services Coordinator',
    company: 'Riverside Medical Center',
    locations: [{ text: 'Riverside, CA' }],
    postedAt: daysAgo(8),
    descriptionHtml: '<p>Former police officers welcome. Coordinate with police on incidents.</p>',
    employmentType: 'FULL_TIME',
  },
  {
    id: 'interp-1',
    title: 'Spanish Interpreter',
    company: 'Riverside Medical Center',
    locations: [{ text: 'Riverside, CA' }],
    salary: { min: 28, max: 34, period: 'HOUR', currency: 'USD' },
    postedAt: daysAgo(12),
    descriptionHtml: '<p>Interpret in Spanish and English.</p>',
    employmentType: 'FULL_TIME',
  },
  {
    id: 'police-1',
    title: 'Police Officer',
    company: 'City of Mesa',
    locations: [{ text: 'Mesa, AZ' }],
    postedAt: daysAgo(4),
    descriptionHtml: '<p>Patrol and respond to calls. Must carry a firearm.</p>',
    employmentType: 'FULL_TIME',
  },
];

/** A migrated in-memory store holding the corpus, scored as the crawler would, with ids from the corpus. */
export function corpusStore(): { db: Store; idOf: (corpusId: string) => string } {
  return storeWith(CORPUS);
}

/** A migrated in-memory store holding the given entries, scored as the crawler would. */
export function storeWith(entries: Entry[]): { db: Store; idOf: (corpusId: string) => string } {
  const db = openMemoryStore();
  migrate(db);
  const score = createScorer();
  const ids = new Map<string, string>();
  db.transaction(() => {
    for (const e of entries) {
      const { id, source, ...rest } = e;
      const raw = rawLeadSchema.parse({ sourceLeadId: id, url: `https://jobs.example.test/${id}`, ...rest });
      const lead = normaliseLead(raw);
      const scored = score({ title: lead.title, company: lead.company, description: lead.description });
      const result = upsertLead(
        db,
        { lead, sourceId: source ?? 'greenhouse', sourceType: source ?? 'greenhouse', ...scored },
        NOW.toISOString(),
      );
      ids.set(id, result.id);
    }
  })();
  return {
    db,
    idOf: (corpusId) => {
      const id = ids.get(corpusId);
      if (!id) throw new Error(`no corpus entry ${corpusId}`);
      return id;
    },
  };
}
