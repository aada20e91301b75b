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
      'Received a merit pay increase and two On-the-Spot Awards for the FY2023 close-out.',
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
      'Formulated the Enforcement and Removal Operations operating budget request for FY2022.',
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
      'Trained 9 new hires after the Federal Law Enforcement Training Centers CBP Agriculture Specialist academy and signed off their on-the-job training.',
      'Prepared the port’s agriculture inspection workload reports for the director of field operations and USDA Plant Protection and Quarantine.',
    ]);
  });
});
