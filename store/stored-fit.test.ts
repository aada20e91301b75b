import { describe, expect, it } from 'vitest';
import { onetIndex } from '../core/fit/create-scorer';
import { scoreFit } from '../core/fit/score-fit';
import { fitSchema } from '../core/lead/lead';
import { incomingLead } from '../tests/helpers/incoming-lead';
import { upsertLead } from './lead-upsert';
import { getLead } from './leads-repo';
import { migrate } from './migrate';
import { openMemoryStore } from './open-store';
import { fitFromText, fitText } from './stored-fit';

const posting = {
  title: 'Fraud Investigator',
  description:
    "Investigate insurance claims, interview claimants and witnesses, and write reports. Requirements: 3+ years of investigative experience; bachelor's degree or equivalent experience.",
};

describe('the fit column', () => {
  const fit = scoreFit(onetIndex(), posting);

  it('gives back the very fit it was given, every background’s reasons included', () => {
    expect(fitSchema.parse(fitFromText(fitText(fit)))).toEqual(fit);
    expect(fit.reasonsByBackground?.['border-patrol']?.length).toBeGreaterThan(1);
  });

  it('writes a reason the backgrounds share once, so the text is a good deal shorter than the full JSON', () => {
    const text = fitText(fit);
    const shared = 'Asks for 3 years of investigative experience — yours counts';
    const lists = Object.values(fit.reasonsByBackground ?? {}).filter((list) => list.includes(shared));
    expect(lists.length).toBeGreaterThan(3);
    expect(text.split(shared.replace('—', '\\u2014')).length - 1).toBe(1);
    expect(text.length).toBeLessThan((JSON.stringify(fit).length * 3) / 4);
  });

  it('is plain ASCII, its dashes escaped, and reads back with the dashes', () => {
    const text = fitText(fit);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).toContain('Asks for 3 years of investigative experience \\u2014 yours counts');
    expect((fitFromText(text) as { reasons: string[] }).reasons).toContain(
      'Asks for 3 years of investigative experience — yours counts',
    );
  });

  it('keeps the paths SQL reads: byBackground, occupations and enforcementRole', () => {
    const db = openMemoryStore();
    const row = db
      .prepare(
        "SELECT json_extract(?, '$.byBackground.border-patrol') AS bp, json_extract(?, '$.occupations[0].code') AS code, json_extract(?, '$.enforcementRole') AS role",
      )
      .get(fitText(fit), fitText(fit), fitText(fit)) as { bp: number; code: string; role: number };
    expect(row).toEqual({ bp: fit.byBackground['border-patrol'], code: fit.occupations[0]?.code, role: 0 });
  });

  it('keeps top reasons that no background list holds, without changing how others sharing the lists read', () => {
    const own = { ...fit, reasons: ['Says law-enforcement experience is valued'] };
    expect(fitSchema.parse(fitFromText(fitText(own)))).toEqual(own);
    expect(JSON.parse(fitText(fit)).reasonTexts).not.toContain('Says law-enforcement experience is valued');
    expect(fitSchema.parse(fitFromText(fitText(fit)))).toEqual(fit);
  });

  it('still reads a fit stored as full JSON before, until the lead is next written', () => {
    expect(fitFromText(JSON.stringify(fit))).toEqual(fit);
  });

  it('refuses a text whose reason points at no sentence, rather than showing a blank reason', () => {
    const broken = JSON.parse(fitText(fit)) as { reasonIds: number[] };
    broken.reasonIds = [99];
    expect(fitSchema.safeParse(fitFromText(JSON.stringify(broken))).success).toBe(false);
  });

  it('is what a stored lead reads back through the store', () => {
    const db = openMemoryStore();
    migrate(db);
    const incoming = { ...incomingLead('board', { title: posting.title }), fit };
    const { id } = db.transaction(() => upsertLead(db, incoming, '2026-12-02T12:00:00.000Z'))();
    expect(getLead(db, id)?.fit).toEqual(fit);
  });
});
