import type { ImportNote } from '../../../core/resume/import/notes';

/** The element id of a field, from its change path: `work[0].highlights[2]` → `f-work-0-highlights-2`. */
export const fieldId = (path: string) => `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/** Notes from the importer, by the path they are about. */
export type NoteMap = Map<string, string[]>;
export const noteMap = (notes: ImportNote[]): NoteMap => {
  const map: NoteMap = new Map();
  for (const n of notes) map.set(n.path, [...(map.get(n.path) ?? []), n.message]);
  return map;
};

export function Notes({ notes, path }: { notes: NoteMap; path: string }) {
  const list = notes.get(path);
  if (!list) return null;
  return (
    <>
      {list.map((m) => (
        <span key={m} className="field-note">
          Check this: {m}
        </span>
      ))}
    </>
  );
}

interface FieldProps {
  label: string;
  path: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  notes: NoteMap;
  placeholder?: string;
  rows?: number;
  type?: 'text' | 'email' | 'tel';
}

/** One labelled input, with the importer's note on it (if any) and an id lint items can point at. */
export function Field({ label, path, value, onChange, notes, placeholder, rows, type = 'text' }: FieldProps) {
  const noted = notes.has(path);
  const common = {
    id: fieldId(path),
    className: `input${rows ? ' textarea' : ''}${noted ? ' input--unsure' : ''}`,
    value: value ?? '',
    placeholder,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value || undefined),
  };
  return (
    <div className="field">
      <label htmlFor={common.id}>{label}</label>
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
      <Notes notes={notes} path={path} />
    </div>
  );
}

/** A list of one-line items (bullets, courses), each its own input so a check can point at it. */
export function ListField({
  label,
  path,
  items,
  onChange,
  notes,
  addLabel,
}: {
  label: string;
  path: string;
  items: string[];
  onChange: (items: string[]) => void;
  notes: NoteMap;
  addLabel: string;
}) {
  return (
    <fieldset className="list-field">
      <legend>{label}</legend>
      {items.map((item, k) => (
        <div className="list-field__row" key={`${path}-${k.toString()}`}>
          <textarea
            id={fieldId(`${path}[${k}]`)}
            className="input textarea"
            rows={2}
            aria-label={`${label} ${k + 1}`}
            value={item}
            onChange={(e) => onChange(items.map((x, i) => (i === k ? e.target.value : x)))}
          />
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove ${label.toLowerCase()} ${k + 1}`}
            onClick={() => onChange(items.filter((_, i) => i !== k))}
          >
            Remove
          </button>
          <Notes notes={notes} path={`${path}[${k}]`} />
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => onChange([...items, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
