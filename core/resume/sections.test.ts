import { describe, expect, it } from 'vitest';
import { resumeSchema } from './resume-schema';
import { SECTIONS, sectionIds, sectionTexts } from './sections';

describe('the section registry', () => {
  it('names only JSON Resume sections that the schema holds', () => {
    for (const id of sectionIds) expect(Object.keys(resumeSchema.shape)).toContain(id);
  });

  it('lists every translatable text with its change path, section by section', () => {
    const texts = sectionTexts({
      basics: { name: 'Dana Cruz', label: 'CBP Officer', summary: 'Ten years at the POE.' },
      work: [{ position: 'CBPO', name: 'CBP', highlights: ['Ran TECS queries.', ''] }],
      skills: [{ name: 'Systems', keywords: ['TECS', 'ATS'] }],
      education: [{ institution: 'FLETC', area: 'Criminal Justice', studyType: 'Certificate' }],
      certificates: [{ name: 'CITP', issuer: 'FLETC' }],
      languages: [{ language: 'Spanish', fluency: 'Fluent' }],
      awards: [{ title: 'Commissioner’s Award' }],
      volunteer: [{ organization: 'Food bank', highlights: ['Drove a van.'] }],
      projects: [{ name: 'Port survey', description: 'Mapped lanes.' }],
    });
    expect(texts.map((t) => t.path)).toEqual([
      'basics.label',
      'basics.summary',
      'work[0].position',
      'work[0].name',
      'work[0].highlights[0]',
      'skills[0].name',
      'skills[0].keywords[0]',
      'skills[0].keywords[1]',
      'education[0].area',
      'education[0].studyType',
      'certificates[0].name',
      'certificates[0].issuer',
      'awards[0].title',
      'volunteer[0].organization',
      'volunteer[0].highlights[0]',
      'projects[0].name',
      'projects[0].description',
    ]);
  });

  it('gives each section a heading the importer can recognise', () => {
    for (const id of sectionIds) expect(SECTIONS[id].headings[0]).toMatch(/^[a-z ]+$/);
  });
});
