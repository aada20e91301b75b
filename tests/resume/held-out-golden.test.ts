import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebuild } from '../../core/resume/change';
import { translateResumeChecked } from '../../core/resume/check-grammar';
import { withoutEmptyItems } from '../../core/resume/compact-resume';
import type { GrammarChecker } from '../../core/resume/grammar/harper-checker';
import { harperChecker } from '../../core/resume/grammar/harper-checker';
import type { Resume } from '../../core/resume/resume-schema';
import { resumeSchema } from '../../core/resume/resume-schema';
import { proposeEdits } from '../../core/resume/rewrite/rewrite-text';
import { renderJsonResume } from '../../templates/render-text';

const load = (dir: string, f: string): Resume =>
  resumeSchema.parse(
    JSON.parse(readFileSync(fileURLToPath(new URL(`./${dir}/${f}`, import.meta.url)), 'utf8')),
  );
const sentence = (s: string) =>
  rebuild(s, proposeEdits(s, { mode: 'private', generalize: false, field: 'prose' }));

let harper: GrammarChecker;
beforeAll(async () => {
  harper = await harperChecker();
}, 60_000);

describe('sentences that read weakly before, now as a resume writer would write them', () => {
  it.each([
    [
      'Coordinated I-247A detainers with 14 county jails under 287(g) agreements.',
      'Coordinated detainer requests with 14 county jails under federal–local immigration enforcement agreements.',
    ],
    [
      'Referred travelers to secondary inspection using TECS lookouts.',
      'Referred travelers to secondary inspection using law enforcement watchlist alerts.',
    ],
    [
      'Ran OCDETF and HIDTA case coordination across 3 AORs.',
      'Ran organized crime drug enforcement and regional drug trafficking case coordination across 3 areas of responsibility.',
    ],
    // A pay award is said, not dropped with the awards beside it.
    [
      'Received a QSI and two On-the-Spot Awards for the FY2023 close-out.',
      'Received a merit pay increase and two On-the-Spot Awards for the fiscal year 2023 close-out.',
    ],
    // ICE's support directorate is never read as mergers and acquisitions, nor ADA as disability law.
    [
      'Supported ERO and M&A budgets.',
      'Supported Enforcement and Removal Operations and management and administration budgets.',
    ],
    [
      'Briefed the AD and SES leadership monthly on burn rates and ADA risk.',
      'Briefed the assistant director and senior executive leadership monthly on burn rates and Antideficiency Act risk.',
    ],
    // A program code after a name modifies the noun after it; it is not part of the name.
    [
      'Formulated the ERO O&S budget request for FY2022.',
      'Formulated the Enforcement and Removal Operations operating budget request for fiscal year 2022.',
    ],
    // Fiscal years are spelled out, a range as years, and a range before a noun as its modifier.
    [
      'Formulated the budget request for FY2022 through FY2025, covering $310M.',
      'Formulated the budget request for fiscal years 2022 through 2025, covering $310M.',
    ],
    ['Managed FY22-25 spend plans.', 'Managed fiscal year 2022–2025 spend plans.'],
    // Commercial software under its product name.
    [
      'Processed 900+ travel vouchers in Concur a year.',
      'Processed 900+ travel vouchers in SAP Concur a year.',
    ],
    // An airport code is the airport's name where the sentence is about an airport, and only there.
    [
      'Inspected passenger baggage at MIA secondary and seized 1,800+ prohibited meat and plant items.',
      'Inspected passenger baggage in secondary inspection at Miami International Airport and seized 1,800+ prohibited meat and plant items.',
    ],
    [
      'Worked 7 years at the Port of Miami and MIA, inspecting cargo and passenger baggage.',
      'Worked 7 years at the Port of Miami and Miami International Airport, inspecting cargo and passenger baggage.',
    ],
    [
      'Searched records of servicemen listed as MIA in 1972.',
      'Searched records of servicemen listed as MIA in 1972.',
    ],
    // The course first, then where it was taught: never FLETC's name glued before the course's.
    [
      'Trained 9 new hires after the FLETC CBPAS academy.',
      'Trained 9 new hires after the agriculture specialist academy at the Federal Law Enforcement Training Centers.',
    ],
    [
      'Completed the FLETC Criminal Investigator Training Program in 2016.',
      'Completed the Criminal Investigator Training Program at the Federal Law Enforcement Training Centers in 2016.',
    ],
    [
      'Served as an instructor at FLETC for 3 years.',
      'Served as an instructor at the Federal Law Enforcement Training Centers for 3 years.',
    ],
    [
      'Tracked 1,400 lines of PRs and MIPRs and prepared CR spend plans.',
      'Tracked 1,400 lines of purchase requests and interagency purchase requests and prepared continuing resolution spend plans.',
    ],
    // A citation keeps its part number, with the gloss after the whole citation.
    [
      'Issued 140 civil penalties under 7 CFR 319.',
      'Issued 140 civil penalties under 7 CFR 319 (federal agriculture regulations).',
    ],
    [
      'Issued 312 EANs and signed off their OJT.',
      'Issued 312 emergency action notices and signed off their on-the-job training.',
    ],
    [
      'Prepared the port’s AQI workload reports for the DFO and APHIS PPQ.',
      'Prepared the port’s agriculture inspection workload reports for the director of field operations and USDA Plant Protection and Quarantine.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });
});

describe('resumes written for the held-out check (CBP agriculture, ICE budget)', () => {
  const options = { mode: 'private', generalizeEmployer: false } as const;

  it('leaves no empty bullet where a pay sentence was dropped, in the JSON Resume file', async () => {
    const t = await translateResumeChecked(load('profiles', 'cbp-officer-ofo.json'), options, harper);
    const json = JSON.parse(renderJsonResume(t.resume)) as Resume;
    expect(json.work?.[0]?.highlights).toEqual([
      'Supervised 14 CBP officers at the Port of Houston across 3 shifts.',
      'Led a cargo targeting team that made 62 seizures worth $18M in narcotics and counterfeit goods.',
      'Reviewed 1,400 entry summaries a year and issued 90 information requests to importers.',
      'Trained new officers on CBP One app processing and passenger manifest review.',
    ]);
    expect(withoutEmptyItems(t.resume).work?.[0]?.highlights).toEqual(json.work?.[0]?.highlights);
  });

  it('keeps a title that names its occupation, with only its seniority as the gloss', async () => {
    const ag = await translateResumeChecked(
      load('held-out', 'cbp-agriculture-specialist.json'),
      options,
      harper,
    );
    expect(ag.resume.work?.map((w) => w.position)).toEqual([
      'Supervisory Agriculture Specialist (agriculture supervisor)',
      'CBP Agriculture Specialist (early-career to mid-level)',
    ]);
    const budget = await translateResumeChecked(load('held-out', 'ice-budget-analyst.json'), options, harper);
    expect(budget.resume.basics?.label).toBe('Budget Analyst (senior level)');
    expect(budget.resume.work?.[1]?.name).toBe(
      'U.S. Immigration and Customs Enforcement, Management and Administration',
    );
  });

  it('writes the agriculture specialist’s bullets in civilian English', async () => {
    const t = await translateResumeChecked(
      load('held-out', 'cbp-agriculture-specialist.json'),
      options,
      harper,
    );
    expect(withoutEmptyItems(t.resume).work?.[0]?.highlights).toEqual([
      'Supervised 11 CBP agriculture specialists on two shifts at the Port of Miami seaport, covering 4,000+ container inspections a year.',
      'Issued 312 emergency action notices for actionable pests and intercepted 41 reportable pests, including 3 first-in-port detections.',
      'Targeted high-risk shipments in an automated risk-targeting system and the federal trade processing system with the National Targeting Center, raising the hit rate on agriculture inspection holds by 22%.',
      'Trained 9 new hires after the agriculture specialist academy at the Federal Law Enforcement Training Centers and signed off their on-the-job training.',
      'Prepared the port’s agriculture inspection workload reports for the director of field operations and USDA Plant Protection and Quarantine.',
    ]);
  });

  it('names the course on a certificate without the training centre the issuer line names', async () => {
    const t = await translateResumeChecked(load('profiles', 'deportation-officer.json'), options, harper);
    expect(t.resume.certificates).toEqual([
      {
        name: 'Criminal Investigator Training Program',
        issuer: 'Federal Law Enforcement Training Centers',
        date: '2016',
      },
    ]);
  });

  it('describes the training centre in general terms under the confidentiality option', () => {
    const s = 'Trained 9 new hires after the FLETC CBPAS academy.';
    expect(rebuild(s, proposeEdits(s, { mode: 'private', generalize: true, field: 'prose' }))).toBe(
      'Trained 9 new hires after the federal agriculture inspection specialist academy at a federal law enforcement training center.',
    );
  });

  it('spells out the fiscal years and SAP Concur in the budget analyst’s resume', async () => {
    const t = await translateResumeChecked(load('held-out', 'ice-budget-analyst.json'), options, harper);
    expect(t.resume.work?.[0]?.highlights?.[0]).toBe(
      'Formulated the Enforcement and Removal Operations operating budget request for fiscal years 2022 through 2025, covering $310M for detention and removal operations.',
    );
    expect(t.resume.work?.[1]?.highlights?.[0]).toBe(
      'Processed 900+ training requests and travel vouchers in SAP Concur a year.',
    );
    expect(t.resume.skills?.[0]?.keywords).toEqual([
      'Federal financial management system',
      'SAP Concur',
      'Excel',
      'Tableau',
    ]);
  });
});
