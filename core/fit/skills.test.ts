import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills';

const ids = (text: string) => skillsIn(text).map((s) => s.id);

describe('skills a posting asks for', () => {
  it('reads compliance work, not the equal-opportunity boilerplate most postings end with', () => {
    expect(
      ids('You will run compliance reviews of vendors and ensure compliance with export rules.'),
    ).toEqual(['compliance']);
    expect(
      ids(
        'We provide reasonable accommodation in compliance with the ADA. EEO compliance statement: we comply with applicable laws. Offers are made in compliance with state law.',
      ),
    ).toEqual([]);
    expect(ids('Accommodations are provided in compliance with applicable federal and state laws.')).toEqual(
      [],
    );
  });
});
