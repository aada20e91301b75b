import { describe, expect, it } from 'vitest';
import { translateResume } from '../../core/resume/translate-resume';
import { glossaryResume, warmUpTranslator } from '../../core/resume/warm-up';
import profile from './profiles/special-agent.json';

describe('the translator warm-up a server runs at start', () => {
  it('leaves every later translation exactly as it would have been', async () => {
    const options = { mode: 'private', generalizeEmployer: true } as const;
    const before = translateResume(profile, options);
    await warmUpTranslator();
    const after = translateResume(profile, options);
    expect(after.resume).toEqual(before.resume);
    expect(after.changes).toEqual(before.changes);
  });

  it('reads no one’s resume: a sample made of every glossary term', () => {
    const sample = glossaryResume();
    const bullets = (sample.work ?? []).flatMap((w) => w.highlights ?? []);
    expect(bullets).toContain('Worked with the TECS on 12 cases.');
    expect(sample.basics?.name).toBe('Sample Resume');
  });
});
