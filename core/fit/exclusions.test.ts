import { describe, expect, it } from 'vitest';
import { compileExclusions, DEFAULT_EXCLUSION_RULES, exclusionRulesSchema } from './exclusions';

const rule = (match: string) => ({
  id: 'test-rule',
  kind: 'pattern',
  match,
  reason: 'A reason people can read',
});

describe('exclusion rules', () => {
  it('accepts the bundled rules', () => {
    expect(DEFAULT_EXCLUSION_RULES.length).toBeGreaterThan(10);
  });

  it('names a pattern that does not compile', () => {
    const parsed = exclusionRulesSchema.safeParse({ rules: [rule('(unclosed')] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['rules', 0, 'match']);
  });

  it('refuses a pattern with nested repetition that could hang the scorer', () => {
    const parsed = exclusionRulesSchema.safeParse({ rules: [rule('(a+)+$')] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/nested repetition/);
  });

  it('matches employers as whole words and patterns over title and description', () => {
    const exclude = compileExclusions([
      { id: 'acme', kind: 'employer', match: 'Acme Detention', reason: 'Runs a detention centre' },
      { id: 'ero', kind: 'pattern', match: '\\bremoval operations\\b', reason: 'Removal operations' },
    ]);
    expect(exclude({ company: 'ACME Detention, Inc.', title: 'Cook', description: '' })?.rule).toBe('acme');
    expect(exclude({ company: 'Acme Detentions', title: 'Cook', description: '' })).toBeNull();
    expect(
      exclude({ company: 'Other', title: 'Officer', description: 'Enforcement and Removal Operations' })
        ?.rule,
    ).toBe('ero');
  });
});
