import { describe, expect, it } from 'vitest';
import { expandTitleAbbreviations } from './title-abbreviations';

describe('abbreviations in job titles', () => {
  it('spells out the forms USAJOBS and employers use', () => {
    expect(expandTitleAbbreviations('Supvy Detention and Deportation Officer')).toBe(
      'Supervisory Detention and Deportation Officer',
    );
    expect(expandTitleAbbreviations('Asst Mgr, Asset Protection')).toBe(
      'Assistant Manager, Asset Protection',
    );
    expect(expandTitleAbbreviations('Sr. Fraud Spec - Remote')).toBe('Senior Fraud Specialist - Remote');
    expect(expandTitleAbbreviations('Customer Service Rep (Bilingual)')).toBe(
      'Customer Service Representative (Bilingual)',
    );
  });

  it('reads admin and tech by their place in the title', () => {
    expect(expandTitleAbbreviations('Admin Assistant')).toBe('Administrative Assistant');
    expect(expandTitleAbbreviations('Office Admin')).toBe('Office Administrator');
    expect(expandTitleAbbreviations('Pharmacy Tech')).toBe('Pharmacy Technician');
    expect(expandTitleAbbreviations('Tech Lead, Payments')).toBe('Tech Lead, Payments');
  });

  it('leaves whole words alone', () => {
    expect(expandTitleAbbreviations('Special Agent, Office of Inspector General')).toBe(
      'Special Agent, Office of Inspector General',
    );
    expect(expandTitleAbbreviations('Investment Operations Analyst')).toBe('Investment Operations Analyst');
  });
});
