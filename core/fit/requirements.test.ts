import { describe, expect, it } from 'vitest';
import { noDegreeRequired, parseRequirements } from './requirements';

const ids = (items: { id: string; required: boolean }[]) =>
  items.map((i) => `${i.id}${i.required ? '' : ' (preferred)'}`);

describe('parseRequirements', () => {
  it('reads a required degree with its field, and says it has no substitute', () => {
    const req = parseRequirements(
      'Minimum qualifications\n- Bachelor’s degree in Computer Science or a related technical field\n- 5+ years of experience building distributed systems in Python',
    );
    expect(req.degree).toEqual({
      level: 'bachelor',
      field: 'computer science',
      technical: true,
      required: true,
      substitutable: false,
    });
    expect(noDegreeRequired(req)).toBe(false);
    expect(req.experience).toEqual([
      { years: 5, field: 'building distributed systems in python', required: true },
    ]);
    expect(ids(req.tools)).toEqual(['python']);
  });

  it('treats a degree that experience can replace, or a preferred one, as not required', () => {
    const substitutable = parseRequirements(
      "Bachelor's degree in criminal justice or equivalent experience. Three years of investigative experience.",
    );
    expect(substitutable.degree).toMatchObject({
      field: 'criminal justice',
      technical: false,
      substitutable: true,
    });
    expect(noDegreeRequired(substitutable)).toBe(true);
    expect(substitutable.experience).toEqual([{ years: 3, field: 'investigative', required: true }]);

    const preferred = parseRequirements(
      'What you need\n- Report writing\nNice to have\n- A bachelor’s degree',
    );
    expect(preferred.degree?.required).toBe(false);
    expect(noDegreeRequired(preferred)).toBe(true);
    expect(noDegreeRequired(parseRequirements('No degree required. We train you.'))).toBe(true);
    // "High degree of independence" asks for no degree, but says nothing about education either: the
    // seeker's filter promises more than silence, and the fit counts no degree as missing.
    const silent = parseRequirements('Works with a high degree of independence.');
    expect(silent.degree).toBeNull();
    expect(noDegreeRequired(silent)).toBe(false);
    expect(
      noDegreeRequired(parseRequirements('High school diploma or GED. Two years of security work.')),
    ).toBe(true);
    // A ship's master licence is not a master's degree.
    expect(parseRequirements('You hold a USCG master of 25 GRT licence.').degree).toBeNull();
  });

  it('names licences and certifications, and tells required from preferred', () => {
    const req = parseRequirements(
      'Requirements: active CPA licence; a valid state guard card. CAMS or CFE certification preferred. CISSP required.',
    );
    expect(ids(req.licences)).toEqual(['cpa', 'guard']);
    expect(ids(req.certifications)).toEqual(['cissp', 'cams (preferred)', 'cfe (preferred)']);
    expect(ids(parseRequirements('Must be admitted to the New York State bar.').licences)).toEqual(['bar']);
    expect(ids(parseRequirements('Current RN licence in Texas required.').licences)).toEqual(['rn']);
    expect(ids(parseRequirements('Class A CDL with a clean driving record.').licences)).toEqual(['cdl']);
  });

  it('reads clearance, age, fitness, firearms, arrest authority and Guard membership', () => {
    const req = parseRequirements(
      'You must be able to obtain and maintain a Top Secret/SCI clearance. Applicants must not have reached their 37th birthday (maximum entry age is 37). Must pass a physical fitness test and maintain firearms qualification. Special agents make arrests and execute search warrants.',
    );
    expect(req.clearance).toEqual({ level: 'top-secret', required: true });
    expect(req.maxAge).toBe(37);
    expect([req.fitness, req.firearms, req.arrestAuthority]).toEqual([true, true, true]);
    expect(parseRequirements('This is a Title 32 dual status technician position.').militaryMembership).toBe(
      true,
    );
    expect(parseRequirements('Public trust background check required.').clearance).toEqual({
      level: 'public-trust',
      required: true,
    });
  });

  it('finds nothing in a posting that asks for nothing', () => {
    const req = parseRequirements('Greet visitors, answer phones and keep the lobby tidy.');
    expect(req).toEqual({
      degree: null,
      saysNoDegree: false,
      experienceInstead: false,
      highSchool: false,
      licences: [],
      certifications: [],
      tools: [],
      experience: [],
      clearance: null,
      maxAge: null,
      fitness: false,
      firearms: false,
      arrestAuthority: false,
      militaryMembership: false,
    });
  });
});
