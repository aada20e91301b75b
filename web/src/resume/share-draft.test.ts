import { describe, expect, it } from 'vitest';
import { draftForSharing } from './share-draft';

const draft = {
  basics: {
    name: 'Dana Cruz',
    email: 'dana@example.com',
    phone: '619-555-0143',
    url: 'https://dana.example.com',
    profiles: [{ network: 'LinkedIn', url: 'https://linkedin.com/in/danacruz' }],
    label: 'CBP Officer',
    location: { address: '12 Elm St', city: 'San Diego', region: 'CA' },
  },
  work: [{ position: 'CBP Officer' }],
  'x-offramp': { decisions: {}, template: 'ats-classic' },
};

describe('the draft an adviser receives', () => {
  it('has no name, e-mail, phone, links or street address by default, and no builder state', () => {
    expect(draftForSharing(draft, false)).toEqual({
      basics: { label: 'CBP Officer', location: { city: 'San Diego', region: 'CA' } },
      work: [{ position: 'CBP Officer' }],
    });
  });

  it('keeps the contact details when the seeker ticks "include my contact details"', () => {
    const { 'x-offramp': _, ...rest } = draft;
    expect(draftForSharing(draft, true)).toEqual(rest);
  });
});
