import type { SectionId } from '../core/resume/sections';

/** The sections a proposed order leaves out, or `never` when it names them all. */
export type MissingSections<T extends readonly SectionId[]> = Exclude<SectionId, T[number]>;

/**
 * A template's section order, checked when it compiles: it must name every section of the registry
 * (`core/resume/sections.ts`). An order that leaves one out is a type error that names the section
 * ("Property 'missingSection' is missing ... 'awards'"), so a section added to the registry cannot
 * silently vanish from one template's output.
 */
export function sectionOrder<const T extends readonly SectionId[]>(
  order: T & ([MissingSections<T>] extends [never] ? unknown : { missingSection: MissingSections<T> }),
): readonly SectionId[] {
  return order;
}
