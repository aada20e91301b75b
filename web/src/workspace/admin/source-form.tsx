import type { FormEvent } from 'react';
import { useState } from 'react';
import type { SourceType } from '../../../../core/lead/lead';
import { sourceTypes } from '../../../../core/lead/lead';
import type { SourceConfig } from '../../../../core/source-config';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';
import { ProblemNotice } from '../../components/problem-notice';
import { SOURCE_FIELDS } from './source-fields';

/** Adds a source, or edits one when `editing` is given. The server checks every field again. */
export function SourceForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing?: SourceConfig;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const [type, setType] = useState<SourceType>(editing?.type ?? 'greenhouse');
  const [problem, setProblem] = useState('');
  const current = (editing ?? {}) as Record<string, unknown>;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body: Record<string, unknown> = { type };
    for (const [key, value] of form.entries()) {
      const text = String(value).trim();
      if (text) body[key] = text;
    }
    body.enabled = editing?.enabled ?? true;
    if (type === 'usajobs' && editing?.type === 'usajobs') body.filters = editing.filters;
    setProblem('');
    try {
      const json = body as SourceConfig;
      if (editing) await call(api.admin.sources[':id'].$put({ param: { id: editing.id }, json }));
      else await call(api.admin.sources.$post({ json }));
      onSaved();
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  return (
    <form
      className="panel form"
      onSubmit={submit}
      aria-label={editing ? `Edit source ${editing.id}` : 'Add a source'}
    >
      <h3>{editing ? `Edit ${editing.id}` : 'Add a source'}</h3>
      <div className="form-row">
        <label>
          Kind
          <select
            className="select"
            value={type}
            onChange={(e) => setType(e.target.value as SourceType)}
            disabled={Boolean(editing)}
          >
            {sourceTypes.map((t) => (
              <option key={t} value={t}>
                {SOURCE_FIELDS[t].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Id
          <input
            className="input"
            name="id"
            required
            defaultValue={editing?.id}
            readOnly={Boolean(editing)}
            pattern="[a-z0-9][a-z0-9._\-]{0,79}"
          />
        </label>
        <label>
          Display name
          <input className="input" name="name" defaultValue={editing?.name} />
        </label>
      </div>
      <div className="form-row" key={type}>
        {SOURCE_FIELDS[type].fields.map((f) => (
          <label key={f.name}>
            {f.label}
            <input
              className="input"
              name={f.name}
              required={f.required}
              defaultValue={String(current[f.name] ?? '')}
              placeholder={f.hint}
            />
          </label>
        ))}
      </div>
      <label>
        API address (leave empty for the service’s own)
        <input className="input" name="baseUrl" type="url" defaultValue={editing?.baseUrl} />
      </label>
      <ProblemNotice message={problem} />
      <div className="button-row">
        <button className="button button--primary" type="submit">
          {editing ? 'Save source' : 'Add source'}
        </button>
        {onCancel && (
          <button className="button button--quiet" type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
