import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionIds } from '../core/resume/sections';
import { sectionOrder } from './section-order';
import { layout, TEMPLATES, templateIds } from './templates';

describe('template section orders', () => {
  it('refuses, when it compiles, an order that leaves a registry section out', () => {
    // @ts-expect-error 'awards' is missing, so this order does not compile (tsc -p . checks the test).
    const short = sectionOrder([
      'basics',
      'work',
      'skills',
      'education',
      'certificates',
      'languages',
      'volunteer',
      'projects',
    ]);
    expect(short).not.toContain('awards');
  });

  it('gives every template each registry section exactly once', () => {
    for (const id of templateIds) expect([...TEMPLATES[id].sections].sort()).toEqual([...sectionIds].sort());
  });
});

describe('templates render from the section registry', () => {
  it('prints the security clearance under Certifications with its status and date', () => {
    const { blocks } = layout(
      {
        basics: { name: 'Dana Cruz' },
        'x-clearance': { level: 'Top Secret/SCI', status: 'active', date: '2018-04' },
      },
      'ats-classic',
    );
    expect(blocks.slice(1)).toEqual([
      { kind: 'heading', text: 'Certifications' },
      { kind: 'bullet', text: 'Security clearance: Top Secret/SCI (active), Apr 2018' },
    ]);
  });

  it('heads each section with the label the builder form shows', () => {
    const { blocks } = layout(
      {
        volunteer: [{ organization: 'Food bank', position: 'Driver' }],
        languages: [{ language: 'Spanish' }],
      },
      'ats-compact',
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual([
      SECTIONS.languages.label,
      SECTIONS.volunteer.label,
    ]);
  });
});
