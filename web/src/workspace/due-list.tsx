import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { BOOKMARK_STAGE_LABEL, dayText, today } from './labels';

type Due = InferResponseType<typeof api.advisers.due.$get, 200>['due'];

/** Follow-ups due this week across the adviser's clients, overdue first. */
export function DueList() {
  const [due, setDue] = useState<Due | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    call(api.advisers.due.$get({ query: { within: '7' } }))
      .then((r) => setDue(r.due))
      .catch((error: unknown) => setProblem(problemText(error)));
  }, []);
  const now = today();
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">Due {due && <span className="count">{due.length}</span>}</h2>
      <ProblemNotice message={problem} />
      {due && due.length === 0 && (
        <p className="empty-state">
          No follow-ups due this week. Set a “Follow up by” date on any job in a client’s pipeline.
        </p>
      )}
      {due && due.length > 0 && (
        <ul className="due-list">
          {due.map((d) => (
            <li key={d.bookmarkId} className={d.followUpOn < now ? 'due-list__item--overdue' : undefined}>
              <span className="due-list__date">
                {d.followUpOn < now ? 'Overdue: ' : d.followUpOn === now ? 'Today: ' : ''}
                {dayText(d.followUpOn)}
              </span>{' '}
              <Link to={`/workspace/clients/${d.clientId}`}>{d.clientLabel}</Link> · {d.title} at {d.company}{' '}
              <span className="muted">({BOOKMARK_STAGE_LABEL[d.stage]})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
