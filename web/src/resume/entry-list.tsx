import type { ReactNode } from 'react';
import type { SectionId } from '../../../core/resume/sections';
import { SECTIONS } from '../../../core/resume/sections';
import type { NoteMap } from './fields';
import { fieldId, Notes } from './fields';

/**
 * A list section's entries, each in its own fieldset with a remove button, and an add button named
 * from the registry ("Add a job").
 */
export function EntryList<T>({
  id,
  items,
  onChange,
  notes,
  render,
  blank,
}: {
  id: Exclude<SectionId, 'basics'>;
  items: T[];
  onChange: (items: T[]) => void;
  notes: NoteMap;
  render: (item: T, set: (patch: Partial<T>) => void, path: string) => ReactNode;
  blank: T;
}) {
  const { entryName } = SECTIONS[id];
  const article = /^[aeiou]/.test(entryName) ? 'an' : 'a';
  return (
    <>
      {items.map((item, i) => {
        const path = `${id}[${i}]`;
        return (
          <fieldset
            className="form-group form-group--entry"
            key={`${path}-${items.length}`}
            id={fieldId(path)}
          >
            <legend>
              {entryName.charAt(0).toUpperCase() + entryName.slice(1)} {i + 1}
            </legend>
            <Notes notes={notes} path={path} />
            {render(item, (patch) => onChange(items.map((x, k) => (k === i ? { ...x, ...patch } : x))), path)}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(items.filter((_, k) => k !== i))}
            >
              Remove {entryName} {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => onChange([...items, blank])}>
        Add {article} {entryName}
      </button>
    </>
  );
}
