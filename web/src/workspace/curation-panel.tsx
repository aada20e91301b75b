import type { FormEvent } from 'react';
import { useState } from 'react';
import type { TrackId } from '../../../core/fit/tracks';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { TrackCheckboxes, tickedTracks } from '../components/track-checkboxes';
import { useAdviser } from './session';

interface Current {
  pinned: boolean;
  note: string | null;
}

/** Admins pin, hide or re-track a job from its page; search follows at once. */
export function CurationPanel({ leadId, current }: { leadId: string; current: Current }) {
  const me = useAdviser();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  if (me?.adviser.role !== 'admin' || !me.secondFactor.enabled) return null;

  const send = async (
    json: { pinned?: boolean; note?: string | null; hidden?: boolean; tracks?: TrackId[] | null },
    done: string,
  ) => {
    setProblem('');
    try {
      await call(api.admin.leads[':id'].curation.$patch({ param: { id: leadId }, json }));
      setMessage(done);
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const pin = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const note = String(form.get('note') ?? '').trim();
    const tracks = tickedTracks(form, 'track');
    void send(
      { pinned: form.get('pinned') === 'on', note: note || null, tracks: tracks.length ? tracks : null },
      'Curation saved.',
    );
  };
  return (
    <details className="panel curation-panel">
      <summary>Curation (admin)</summary>
      <form className="form" onSubmit={pin}>
        <label className="check">
          <input type="checkbox" name="pinned" defaultChecked={current.pinned} />
          Pin to the top of search
        </label>
        <label>
          Note shown to seekers
          <input className="input" name="note" maxLength={500} defaultValue={current.note ?? ''} />
        </label>
        <TrackCheckboxes
          legend="Tracks (leave all unticked to use the scored ones)"
          prefix="track"
          ticked={[]}
        />
        <div className="button-row">
          <button className="button button--primary" type="submit">
            Save curation
          </button>
          <button
            className="button button--quiet"
            type="button"
            onClick={() => void send({ hidden: true }, 'Hidden from search.')}
          >
            Hide from search
          </button>
        </div>
        <p className="status-line" aria-live="polite">
          {message}
        </p>
        <ProblemNotice message={problem} />
      </form>
    </details>
  );
}
