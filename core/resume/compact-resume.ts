import type { Resume } from './resume-schema';

/**
 * The resume as it is handed over: without the empty items a translation leaves where it dropped
 * a whole bullet (private mode leaves out "Earned COPRA overtime during the 2021 surge."). Inside
 * the builder the lists keep their length, since every change names its field by index; a file
 * the seeker downloads never shows an empty bullet or keyword.
 */
export function withoutEmptyItems(resume: Resume): Resume {
  return compact(resume) as Resume;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .filter((item) => !(typeof item === 'string' && item.trim() === ''))
      .map((item) => compact(item));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}
