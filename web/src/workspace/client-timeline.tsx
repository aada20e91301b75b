import type { InferResponseType } from 'hono/client';
import type { FormEvent } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';

type Timeline = InferResponseType<(typeof api.advisers.clients)[':id']['timeline']['$get'], 200>['timeline'];

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });

/** What has happened with a client, newest first, and notes added by hand. Only their adviser sees it. */
export function ClientTimeline({ clientId, version }: { clientId: string; version: number }) {
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const load = useCallback(async () => {
    try {
      setTimeline(
        (await call(api.advisers.clients[':id'].timeline.$get({ param: { id: clientId } }))).timeline,
      );
    } catch (error) {
      setProblem(problemText(error));
    }
  }, [clientId]);
  // `version` changes whenever the page saves something, so the timeline shows it at once.
  useEffect(() => {
    void version;
    void load();
  }, [load, version]);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    try {
      await call(api.advisers.clients[':id'].timeline.$post({ param: { id: clientId }, json: { text } }));
      setText('');
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <p className="muted">Only you can see this; it is stored encrypted, like your notes.</p>
      <form className="form" onSubmit={add}>
        <label>
          Add to the timeline
          <textarea
            className="input textarea"
            rows={2}
            maxLength={5000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="e.g. Called on Signal; they prefer remote work"
          />
        </label>
        <button className="button button--secondary" type="submit" disabled={!text.trim()}>
          Add
        </button>
      </form>
      <ProblemNotice message={problem} />
      {timeline && timeline.length === 0 && <p className="empty-state">Nothing has happened yet.</p>}
      {timeline && timeline.length > 0 && (
        <ol className="timeline">
          {timeline.map((e) => (
            <li key={e.id} className={`timeline__entry timeline__entry--${e.kind}`}>
              <time dateTime={e.at}>{when(e.at)}</time> <span className="prose-text">{e.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
