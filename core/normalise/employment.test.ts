import { describe, expect, it } from 'vitest';
import { normaliseEmploymentType } from './employment';

describe('normaliseEmploymentType', () => {
  it('reads schema.org values, ATS labels and camel-case joins onto one vocabulary', () => {
    expect(normaliseEmploymentType('FULL_TIME')).toBe('full_time');
    expect(normaliseEmploymentType('Full-time')).toBe('full_time');
    expect(normaliseEmploymentType('FullTime')).toBe('full_time');
    expect(normaliseEmploymentType('PartTime')).toBe('part_time');
    expect(normaliseEmploymentType('CONTRACTOR')).toBe('contract');
    expect(normaliseEmploymentType('Per Diem')).toBe('per_diem');
    expect(normaliseEmploymentType('Not-to-exceed 13 months')).toBe('temporary');
  });

  it('takes the first value that maps, and none when nothing does', () => {
    expect(normaliseEmploymentType(['Other', 'Seasonal', 'FULL_TIME'])).toBe('seasonal');
    expect(normaliseEmploymentType('Hybrid')).toBeNull();
    expect(normaliseEmploymentType(null)).toBeNull();
  });
});
