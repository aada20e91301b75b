import { useState } from 'react';
import type { ImportResult } from '../../../core/resume/import/import-resume';
import { importFailure, importInBrowser } from './import-file';

/** "Start from the resume you have": a file (PDF, DOCX, text, JSON Resume) or pasted text. */
export function ImportPanel({ onImported }: { onImported: (result: ImportResult, source: string) => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const run = async (label: string, input: Parameters<typeof importInBrowser>[0]) => {
    setBusy(`Reading ${label}…`);
    setError(null);
    try {
      onImported(await importInBrowser(input), label);
    } catch (e) {
      setError(importFailure(label, e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <fieldset className="form-group import-panel">
      <legend>Start from the resume you have</legend>
      <p>It is read in this browser and never uploaded. You can check every field before translating.</p>
      <label className="file-import">
        Import a resume (PDF, Word .docx, .txt or JSON Resume)
        <input
          type="file"
          accept=".pdf,.docx,.txt,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file)
              await run(file.name, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
            e.target.value = '';
          }}
        />
      </label>
      <label>
        Or paste your resume or position description
        <textarea
          className="input textarea"
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button button--secondary"
        disabled={!pasted.trim() || busy !== null}
        onClick={() => run('The pasted text', { text: pasted })}
      >
        Read the pasted text
      </button>
      {busy && <p className="status-line">{busy}</p>}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
