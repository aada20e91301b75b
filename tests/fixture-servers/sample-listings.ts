import type { Listing } from '../../demo/sites/listing';

const ROLES = [
  [
    'Fraud Investigator',
    'Special Investigations',
    '<p>Investigate suspicious claims, interview claimants and witnesses, and write clear case reports.</p><ul><li>Conduct recorded interviews</li><li>Testify at depositions when needed</li></ul>',
  ],
  [
    'Corporate Security Manager',
    'Global Security',
    '<p>Lead physical security for our campus, run investigations of workplace incidents and manage a team of officers.</p>',
  ],
  [
    'AML Compliance Analyst',
    'Financial Crimes Compliance',
    '<p>Review alerts for money laundering, file SARs and document KYC findings for regulators.</p>',
  ],
  [
    'Records Specialist',
    'Administration',
    '<p>Maintain case records, process requests and keep files compliant with retention schedules.</p>',
  ],
  ['Software Engineer', 'Engineering', '<p>Build web services in TypeScript and Go.</p>'],
  [
    'Emergency Management Coordinator',
    'Office of Emergency Management',
    '<p>Plan and coordinate response to disasters, run exercises and write continuity plans.</p>',
  ],
] as const;

const PLACES = [
  { city: 'El Paso', region: 'TX', country: 'US' },
  { city: 'Tucson', region: 'AZ', country: 'US' },
  { city: 'San Diego', region: 'CA', country: 'US' },
  { city: 'Arlington', region: 'VA', country: 'US' },
] as const;

/** A small, varied set of listings for crawler tests: `count` of them, ids starting at `firstId`. */
export function sampleListings(count: number, company: string, firstId = 1): Listing[] {
  return Array.from({ length: count }, (_, i) => {
    const role = ROLES[i % ROLES.length] ?? ROLES[0];
    const place = PLACES[i % PLACES.length] ?? PLACES[0];
    const id = String(firstId + i);
    return {
      id,
      title: i >= ROLES.length ? `${role[0]} ${['II', 'III', 'Senior'][i % 3]}` : role[0],
      company,
      department: role[1],
      ...place,
      remote: (['onsite', 'hybrid', 'remote'] as const)[i % 3],
      employmentType: 'full_time',
      salary:
        i % 4 === 3
          ? { min: 28, max: 36, period: 'hour' }
          : { min: 60000 + i * 1000, max: 80000 + i * 1000, period: 'year' },
      postedDaysAgo: i % 20,
      closesInDays: i % 5 === 0 ? 45 : undefined,
      descriptionHtml: role[2],
    };
  });
}
