import { useState } from 'react';
import type { Change } from '../../../core/resume/change';
import type { Resume } from '../../../core/resume/resume-schema';
import type { Decisions, HandEdits } from './decisions';
import { getAt, groupChanges } from './decisions';
import { fieldId } from './fields';

/** The words around a change, with the change itself marked: what it said, and what it says now. */
function InSentence({ text, change }: { text: string; change: Change }) {
  const from = Math.max(0, text.lastIndexOf('. ', change.start) + 1);
  const next = text.indexOf('. ', change.end);
  const to = next === -1 ? text.length : next + 1;
  return (
    <span className="in-sentence">
      {from > 0 ? '… ' : ''}
      {text.slice(from, change.start)}
      <del>{change.original}</del>
      <ins>{change.replacement || '(removed)'}</ins>
      {text.slice(change.end, to)}
      {to < text.length ? ' …' : ''}
    </span>
  );
}

function HandEditor({
  path,
  current,
  onSave,
}: {
  path: string;
  current: string;
  onSave: (text: string) => void;
}) {
  const [text, setText] = useState(current);
  return (
    <div className="hand-edit">
      <label>
        Your wording
        <textarea
          className="input textarea"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          id={`${fieldId(path)}-own`}
        />
      </label>
      <button type="button" className="button button--secondary" onClick={() => onSave(text)}>
        Keep my wording
      </button>
    </div>
  );
}

interface Props {
  original: Resume;
  final: Resume;
  changes: Change[];
  decisions: Decisions;
  handEdits: HandEdits;
  onDecide: (changes: Change[], state: 'accepted' | 'reverted') => void;
  onHandEdit: (path: string, text: string | null) => void;
}

/** Suggested changes grouped by term, each shown in its sentence, with accept, revert and edit. */
export function Suggestions({ original, final, changes, decisions, handEdits, onDecide, onHandEdit }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const groups = groupChanges(changes);
  return (
    <>
      <div className="bulk-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onDecide(changes, 'accepted')}
        >
          Accept all
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onDecide(changes, 'reverted')}
        >
          Revert all
        </button>
      </div>
      <ul className="change-groups">
        {groups.map((g) => (
          <li key={`${g.term}→${g.replacement}`} className="change-group">
            <h3>
              {g.term}, {g.changes.length} {g.changes.length === 1 ? 'place' : 'places'}
            </h3>
            <p className="change__why">{g.reason}</p>
            <ul className="changes">
              {g.changes.map((c) => {
                const source = getAt(original, c.path);
                const own = handEdits[c.path];
                return (
                  <li
                    key={c.id}
                    className={`change${decisions[c.id]?.state === 'reverted' ? ' change--reverted' : ''}`}
                    data-original={c.original}
                  >
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={decisions[c.id]?.state !== 'reverted'}
                        onChange={(e) => onDecide([c], e.target.checked ? 'accepted' : 'reverted')}
                      />
                      <span>
                        {typeof source === 'string' ? (
                          <InSentence text={source} change={c} />
                        ) : (
                          `${c.original} → ${c.replacement}`
                        )}
                      </span>
                    </label>
                    {c.guard?.includes('refused') && <p className="change__guard">{c.guard}</p>}
                    {own && (
                      <p className="own-wording">
                        <strong>Your own wording:</strong> {own.text}{' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onHandEdit(c.path, null)}
                        >
                          Use the suggestion again
                        </button>
                      </p>
                    )}
                    {editing === c.id ? (
                      <HandEditor
                        path={c.path}
                        current={String(getAt(final, c.path) ?? '')}
                        onSave={(text) => {
                          onHandEdit(c.path, text);
                          setEditing(null);
                        }}
                      />
                    ) : (
                      typeof source === 'string' && (
                        <button type="button" className="link-button" onClick={() => setEditing(c.id)}>
                          Edit this sentence myself
                        </button>
                      )
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Scrolls to a field of the form and puts the cursor in it (for a check that names a bullet). */
export function goToField(path: string): void {
  const el = document.getElementById(fieldId(path));
  if (!el) return;
  el.closest('details')?.setAttribute('open', '');
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.focus({ preventScroll: true });
}
