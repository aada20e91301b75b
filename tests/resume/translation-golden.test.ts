import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rebuild } from '../../core/resume/change';
import type { Resume } from '../../core/resume/resume-schema';
import { resumeSchema } from '../../core/resume/resume-schema';
import { proposeEdits } from '../../core/resume/rewrite/rewrite-text';
import { applyChanges, translateResume } from '../../core/resume/translate-resume';

const dir = fileURLToPath(new URL('./profiles/', import.meta.url));
const load = (f: string): Resume => resumeSchema.parse(JSON.parse(readFileSync(`${dir}${f}`, 'utf8')));
const profiles = readdirSync(dir).map((f) => [f, load(f)] as const);

type Mode = 'private' | 'federal';
const sentence = (s: string, mode: Mode = 'private', generalize = false) =>
  rebuild(s, proposeEdits(s, { mode, generalize, field: 'prose' }));

describe('sentences a resume writer would sign', () => {
  it.each([
    // Articles
    [
      'Worked at ICE for 9 years as an ICE officer.',
      'Worked at U.S. Immigration and Customs Enforcement for 9 years as a U.S. Immigration and Customs Enforcement officer.',
    ],
    ['Used TECS daily.', 'Used a law enforcement records and screening system daily.'],
    ['Served as FTO for 12 new DOs.', 'Served as a field training officer for 12 new deportation officers.'],
    // Echoes: the neighbours already say it
    ['Processed 300+ SF-52 personnel actions.', 'Processed 300+ personnel actions.'],
    ['Served on BEST task force.', 'Served on a border enforcement security task force.'],
    ['Led operations at the Port of Houston POE.', 'Led operations at the Port of Houston.'],
    ['Ran court-authorized T-III wire intercepts.', 'Ran court-authorized wire intercepts.'],
    [
      'Coordinated I-247A detainers with 14 county jails.',
      'Coordinated detainer requests with 14 county jails.',
    ],
    ['Scheduled 150 IJ hearings a month.', 'Scheduled 150 immigration hearings a month.'],
    // Paired modifiers: codes that share one head noun both modify it
    [
      'Analyzed APIS and ATS data daily.',
      'Analyzed passenger manifest and risk-targeting system data daily.',
    ],
    [
      'Ran TECS, NCIC and IDENT checks on 40 travelers.',
      'Ran law enforcement records, criminal records and biometric database checks on 40 travelers.',
    ],
    [
      'Entered I-213 and I-286 forms in EARM.',
      'Entered arrest report and custody notice forms in a removal case management system.',
    ],
    [
      'Managed CIs and UC operations under strict chain of custody (CoC) rules.',
      'Managed confidential informants and undercover operations under strict chain of custody rules.',
    ],
    [
      'Wrote 85 IIRs on TCO financing.',
      'Wrote 85 intelligence information reports on transnational criminal financing.',
    ],
    // …but an organisation before "and" stands alone, and a code before a preposition is a noun
    [
      'Worked with the USAO and JTTF partners.',
      'Worked with the U.S. Attorney’s Office and joint terrorism task force partners.',
    ],
    [
      'Queried TECS and NCIC for every traveler.',
      'Queried a law enforcement records and screening system and the national criminal records database for every traveler.',
    ],
    // Senses chosen by context
    ['Holds a TS/SCI with CI poly.', 'Holds a TS/SCI with counterintelligence polygraph.'],
    ['Recruited and handled 6 CI sources.', 'Recruited and handled 6 confidential sources.'],
    [
      'Partnered with the Houston PD and local PD units.',
      'Partnered with the Houston Police Department and local police department units.',
    ],
    ['Rewrote 35 PDs for the office.', 'Rewrote 35 position descriptions for the office.'],
    // An article goes before the adjectives of its noun phrase, or nowhere when one opens it
    [
      'Served warrants with the local PD and the FBI.',
      'Served warrants with the local police department and the Federal Bureau of Investigation.',
    ],
    ['Partnered with local PD on warrants.', 'Partnered with a local police department on warrants.'],
    // One determiner serves two coordinated titles
    [
      'Briefed the FOD and AFOD weekly.',
      'Briefed the field office director and assistant field office director weekly.',
    ],
    // After a semicolon the words go on in lower case
    [
      'Holds TS clearance; FLETC graduate.',
      'Holds Top Secret clearance; federal law enforcement academy graduate.',
    ],
    // Port and benefits shorthand said in full
    [
      'Screened 150+ trucks per shift using NII and referred 1 in 40 for secondary.',
      'Screened 150+ trucks per shift using non-intrusive inspection and referred 1 in 40 for secondary inspection.',
    ],
    ['Taught in secondary education.', 'Taught in secondary education.'],
    [
      'Prepared RFE and NOID correspondence for adjudicators.',
      'Prepared request for evidence and notice of intent to deny correspondence for adjudicators.',
    ],
    [
      'Updated A-files in CLAIMS 3.',
      'Updated immigration case files in a case management system for immigration benefits.',
    ],
    // A modifier whose last word closes the noun phrase after it drops that word
    ['Wrote 60 TECS subject records.', 'Wrote 60 law enforcement subject records.'],
    // Title III is the wiretap statute, also at the head of a list; III alone is the criminal index
    [
      '12 years leading Title III, financial and OCDETF investigations.',
      '12 years leading court-authorized wiretap, financial and organized crime drug enforcement investigations.',
    ],
    [
      'Queried NCIC and III.',
      'Queried the national criminal records database and the interstate criminal history index.',
    ],
    // Plural SACs are people; HSI shorthand said in full
    [
      'Produced 30 products for HQ and field SACs.',
      'Produced 30 products for headquarters and field special agents in charge.',
    ],
    [
      'Briefed the DSAC monthly and served as a POC for a TBML case.',
      'Briefed the deputy special agent in charge monthly and served as a point of contact for a trade-based money laundering case.',
    ],
    [
      'Led 6 SAs and 2 IRSs in CDR analysis.',
      'Led 6 special agents and 2 intelligence research specialists in call detail record analysis.',
    ],
    // Two codes for one thing are said once; a phrase does not repeat the object after it
    ['Processed 250+ SF-52s and PARs a year.', 'Processed 250+ personnel action requests a year.'],
    ['Prepared SF-182s for training.', 'Prepared requests for training.'],
    // A certification's name takes no article
    ['Certified COR Level II.', 'Certified contracting officer’s representative Level II.'],
    // Detention said plainly; HR and contract shorthand said in full
    [
      'Served as COR on the detention services contract at the El Paso SPC, reviewing invoices and CPARS.',
      'Served as a contracting officer’s representative on the detention services contract at the El Paso Immigration Detention Center, reviewing invoices and contractor performance ratings.',
    ],
    [
      'Tracked IDPs for the sector leadership.',
      'Tracked individual development plans for the sector leadership.',
    ],
    // Border Patrol shorthand and state agencies said in full
    [
      'Supervised 28 BPAs covering 40 miles of the SWB and acted as PAIC for 6 months.',
      'Supervised 28 Border Patrol agents covering 40 miles of the southwest border and acted as a patrol agent in charge for 6 months.',
    ],
    [
      'Coordinated with AZ DPS and the Cocopah Tribal PD; apprehended 2,000+ UDAs.',
      'Coordinated with the Arizona Department of Public Safety and the Cocopah Tribal Police Department; apprehended 2,000+ undocumented migrants.',
    ],
    [
      'Processed NTAs under Title 42.',
      'Processed immigration court charging documents under Title 42 (the 2020–2023 public-health order under which migrants were expelled).',
    ],
    // A known title before its grade is glossed as on the job's title line
    [
      'Supervisory Detention and Deportation Officer (GS-1801-13) with 14 years at ICE.',
      'Supervisory Detention and Deportation Officer (case operations supervisor) with 14 years at U.S. Immigration and Customs Enforcement.',
    ],
    // Dotted codes and codes that are names stay whole
    [
      'Enforced 19 CFR and 8 U.S.C. § 1326.',
      'Enforced 19 CFR (federal customs regulations) and 8 U.S.C. § 1326 (the federal illegal reentry statute).',
    ],
    ['Completed ICE-D training.', 'Completed deportation officer academy training.'],
    ['Trained staff on CBP One.', 'Trained staff on the CBP One app.'],
    ['Briefed I&A leadership.', 'Briefed DHS intelligence leadership.'],
    // Honesty: meaning is never reversed or softened
    [
      'Managed a non-detained docket of 85+ cases.',
      'Managed a caseload of 85+ cases of people not held in detention.',
    ],
    [
      'Managed a detained docket of 1,200 cases.',
      'Managed a caseload of 1,200 cases of people held in detention.',
    ],
    ['Seized $18M in narcotics in 40 seizures.', 'Seized $18M in narcotics in 40 seizures.'],
    [
      'Completed 300+ removals and 45 at-large arrests.',
      'Completed 300+ removals and 45 at-large arrests (made in the community rather than at a jail).',
    ],
    ['Apprehended 1,100 aliens.', 'Apprehended 1,100 noncitizens.'],
    ['Received LEAP and AUO pay. Led 12 agents.', 'Led 12 agents.'],
    // Grades
    ['Served as a GS-1811-13 Special Agent.', 'Served as a senior Special Agent.'],
    ['Promoted from GS-11 to GS-13 in 2019.', 'Promoted from mid-level to senior level in 2019.'],
    [
      'Classified 12 new positions at GS-9 to GS-13.',
      'Classified 12 new positions at early-career to senior levels.',
    ],
    [
      'Intelligence Research Specialist (GS-0132-12) with 8 years of analysis.',
      'Intelligence Research Specialist (experienced intelligence analyst) with 8 years of analysis.',
    ],
  ])('%s', (input, expected) => {
    expect(sentence(input)).toBe(expected);
  });

  it('keeps pay jargon in federal mode, explained', () => {
    expect(sentence('Eligible for LEAP.', 'federal')).toBe(
      'Eligible for LEAP (law enforcement availability pay).',
    );
    expect(sentence('Served as a GS-1811-13 Special Agent.', 'federal')).toBe(
      'Served as a GS-1811-13 Special Agent.',
    );
  });

  it('describes the agency in general terms under the confidentiality option', () => {
    expect(sentence('Worked as an ICE officer.', 'private', true)).toBe(
      'Worked as a federal law enforcement officer.',
    );
    expect(sentence('Trained staff on CBP One.', 'private', true)).toBe(
      'Trained staff on a federal traveler app.',
    );
    expect(sentence('Completed ICE-D training.', 'private', true)).toBe(
      'Completed federal officer academy training.',
    );
  });

  it('keeps an agency code and the unit code after it as one phrase with one article', () => {
    expect(sentence('Ran operations with the FBI JTTF and ICE Air.')).toBe(
      'Ran operations with the FBI’s Joint Terrorism Task Force and ICE Air Operations.',
    );
    expect(sentence('Ran operations with the FBI JTTF and ICE Air.', 'private', true)).toBe(
      'Ran operations with the multi-agency counterterrorism task force and the agency’s charter flight unit.',
    );
    expect(sentence('Worked with the DEA HIDTA.', 'private', true)).toBe(
      'Worked with the federal drug enforcement agency regional drug task force.',
    );
  });
});

describe('whole profiles', () => {
  const officer = load('deportation-officer.json');
  const ofo = load('cbp-officer-ofo.json');
  const analyst = load('intelligence-analyst.json');

  it('writes each agency once, in full, on the employer line', () => {
    const t = translateResume(ofo, { mode: 'private', generalizeEmployer: false });
    expect(t.resume.work?.[0]?.name).toBe('U.S. Customs and Border Protection, Office of Field Operations');
    expect(t.resume.work?.[1]?.name).toBe('U.S. Customs and Border Protection, Office of Field Operations');
    expect(
      translateResume(analyst, { mode: 'private', generalizeEmployer: false }).resume.work?.[0]?.name,
    ).toBe('U.S. Department of Homeland Security, Office of Intelligence and Analysis');
  });

  it('keeps official titles with a civilian gloss that carries the seniority', () => {
    const t = translateResume(ofo, { mode: 'private', generalizeEmployer: false });
    expect(t.resume.work?.[0]?.position).toBe('Supervisory CBP Officer (inspection operations supervisor)');
    expect(t.resume.work?.[1]?.position).toBe('CBP Officer (mid-level inspection officer)');
    const federal = translateResume(ofo, { mode: 'federal', generalizeEmployer: false });
    expect(federal.resume.work?.[1]?.position).toBe(
      'CBP Officer (mid-level inspection officer, GS-11 equivalent)',
    );
    const a = translateResume(analyst, { mode: 'private', generalizeEmployer: false });
    expect(a.resume.work?.[0]?.position).toBe(
      'Intelligence Research Specialist (experienced intelligence analyst)',
    );
    expect(a.resume.work?.[1]?.position).toBe(
      'Intelligence Research Specialist (early-career to mid-level intelligence analyst)',
    );
  });

  it('uses a functional title only when the seeker picks it, beside the official one', () => {
    const t = translateResume(officer, {
      mode: 'private',
      generalizeEmployer: false,
      titleChoices: { 0: 'Investigations Team Lead' },
    });
    expect(t.titleOptions[0]).toContain('Investigations Team Lead');
    expect(t.resume.work?.[0]?.position).toBe(
      'Functional title: Investigations Team Lead (official: Supervisory Deportation Officer)',
    );
    expect(t.resume.work?.[1]?.position).toBe('CBP Officer (mid-level inspection officer)');
  });

  it('generalises agencies, offices, academies and agency titles under the confidentiality option', () => {
    const bpa = load('border-patrol-agent.json');
    const t = translateResume(bpa, { mode: 'private', generalizeEmployer: true, generalizeTitles: true });
    expect(t.resume.work?.[0]?.name).toBe('Federal border security agency');
    expect(t.resume.work?.[0]?.location).toBe('Tucson regional office');
    expect(t.resume.work?.[0]?.position).toBe('Federal border security agent');
    const o = translateResume(ofo, { mode: 'private', generalizeEmployer: true, generalizeTitles: true });
    expect(o.resume.certificates?.[0]?.name).toBe('Federal Officer Academy');
    expect(JSON.stringify(o.resume)).not.toMatch(/\bCBP\b|Customs and Border Protection|Field Operations/);
  });

  it('translates the summary, highlights, awards, volunteer work and skills', () => {
    const t = translateResume(officer, { mode: 'private', generalizeEmployer: false });
    expect(t.resume.basics?.summary).toBe(
      'U.S. Immigration and Customs Enforcement officer with 9 years managing a caseload of people held in detention and working with assistant U.S. attorneys, local immigration enforcement partners and U.S. Customs and Border Protection.',
    );
    expect(t.resume.work?.[0]?.highlights?.[2]).toBe(
      'Processed 2,150 arrest and case reports and immigration court charging documents in a removal case management system and an enforcement case database with a 99% audit pass rate.',
    );
    const a = translateResume(analyst, { mode: 'private', generalizeEmployer: false });
    expect(a.resume.volunteer?.[0]?.summary).toBe(
      'Mapped burglary patterns for local police department partners.',
    );
    expect(a.resume.skills?.[0]?.keywords).toEqual([
      'Open-source intelligence',
      'Human intelligence',
      'Palantir',
      "i2 Analyst's Notebook",
    ]);
    const o = translateResume(ofo, { mode: 'private', generalizeEmployer: false });
    expect(o.resume.awards?.[0]?.title).toBe(
      "U.S. Customs and Border Protection Commissioner's Award for C-TPAT (a supply chain security partnership) work",
    );
  });
});

describe.each(profiles)('translating %s', (_name, profile) => {
  const translation = translateResume(profile, { mode: 'private', generalizeEmployer: false });

  it('explains every change and records the self-check verdict', () => {
    for (const c of translation.changes) {
      expect(c.reason, c.path).toMatch(/\w+ \w+ \w+/);
      if (c.path.endsWith('x-federal') || c.id.endsWith('@field')) continue;
      expect(c.guard, `${c.path}: ${c.original}`).toMatch(/^Self-check (passed|refused)/);
    }
  });

  it('never says case resolutions, and never puts non-detained people in custody', () => {
    expect(JSON.stringify(translation.resume)).not.toMatch(/case resolution|recover(y|ies)/i);
    for (const c of translation.changes.filter((c) => /non-?detained/i.test(c.original)))
      expect(c.replacement).toMatch(/not held in detention/);
    for (const c of translation.changes.filter((c) => /seiz/i.test(c.original)))
      expect(c.replacement).toMatch(/seiz/i);
  });

  it('restores the original exactly when every change is reverted, x-federal included', () => {
    const reverted = applyChanges(profile, translation, new Set());
    expect(reverted.work).toEqual(profile.work);
    expect(reverted.basics).toEqual(profile.basics);
    const kept = applyChanges(profile, translation, new Set(translation.changes.map((c) => c.id)));
    expect(kept).toEqual(translation.resume);
  });
});
