import type { FormEvent } from 'react';
import { useState } from 'react';
import type { TrackId } from '../../../core/fit/tracks';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { useAdviser } from '../workspace/session';
import { ProblemNotice } from './problem-notice';
import { TrackCheckboxes, tickedTracks } from './track-checkboxes';

interface Current {
  occupations: { code: string; title: string }[];
  tracks: string[];
  corrected: boolean;
}

/**
 * Admins correct what a job is (its O*NET occupations and tracks) from its page. The job is scored
 * again at once, and later crawls and rescores keep the correction.
 */
export function FitCorrectionPanel({
  leadId,
  current,
  onSaved,
}: {
  leadId: string;
  current: Current;
  /** Called once the lead is scored again, so the page can show the new score and reasons. */
  onSaved?: () => void;
}) {
  const me = useAdviser();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [found, setFound] = useState<{ code: string; title: string }[]>([]);
  const [codes, setCodes] = useState(current.occupations.map((o) => o.code).join(', '));
  if (me?.adviser.role !== 'admin' || !me.secondFactor.enabled) return null;

  const send = async (json: { occupations: string[] | null; tracks: TrackId[] | null }, done: string) => {
    setProblem('');
    try {
      await call(api.admin.leads[':id'].fit.$put({ param: { id: leadId }, json }));
      setMessage(`${done} The job is scored again: its score and reasons on this page are the new ones.`);
      onSaved?.();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const look = async (q: string) => {
    setProblem('');
    try {
      setFound((await call(api.admin.occupations.$get({ query: { q } }))).occupations);
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const occupations = codes
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    const tracks = tickedTracks(form, 'fit-track');
    void send(
      { occupations: occupations.length ? occupations : null, tracks: tracks.length ? tracks : null },
      'Correction saved.',
    );
  };
  const remove = () => {
    if (!window.confirm('Remove the correction and use the scorer’s own occupations and tracks again?'))
      return;
    void send({ occupations: null, tracks: null }, 'Correction removed.');
  };
  return (
    <details className="panel fit-correction-panel">
      <summary>Correct occupations and tracks (admin){current.corrected ? ' · corrected' : ''}</summary>
      <form className="form" onSubmit={save}>
        <label>
          O*NET occupation codes, most fitting first
          <input
            className="input"
            name="occupations"
            value={codes}
            onChange={(e) => setCodes(e.target.value)}
            placeholder="13-2099.04, 33-9021.00"
          />
        </label>
        <label>
          Find a code by title
          <input
            className="input"
            type="search"
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void look(e.currentTarget.value);
              }
            }}
            placeholder="fraud examiners"
          />
        </label>
        {found.length > 0 && (
          <ul className="occupations">
            {found.map((o) => (
              <li key={o.code}>
                <button className="button button--quiet" type="button" onClick={() => setCodes(o.code)}>
                  {o.title} <span className="muted">{o.code}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <TrackCheckboxes legend="Tracks" prefix="fit-track" ticked={current.tracks} />
        <div className="button-row">
          <button className="button button--primary" type="submit">
            Save correction
          </button>
          {current.corrected && (
            <button className="button button--quiet" type="button" onClick={remove}>
              Remove correction
            </button>
          )}
        </div>
        <p className="status-line" aria-live="polite">
          {message}
        </p>
        <ProblemNotice message={problem} />
      </form>
    </details>
  );
}
