import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { BACKGROUNDS } from '../../../core/fit/backgrounds';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { TableHead } from '../components/table-head';
import { TIMING, WORKPLACE } from '../intake/intake-labels';
import { useDocumentTitle } from '../use-document-title';
import { DueList } from './due-list';
import { CLIENT_STAGE_LABEL, shortDate } from './labels';

type Queue = InferResponseType<typeof api.advisers.queue.$get, 200>['requests'];
type Clients = InferResponseType<typeof api.advisers.clients.$get, 200>['clients'];

/** The adviser's home: open requests to take, and their own clients. */
export function DashboardPage() {
  useDocumentTitle('Workspace');
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? '';
  const [queue, setQueue] = useState<Queue | null>(null);
  const [clients, setClients] = useState<Clients | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    try {
      const [q, c] = await Promise.all([
        call(api.advisers.queue.$get({ query: { page: '1' } })),
        call(api.advisers.clients.$get()),
      ]);
      setQueue(q.requests);
      setClients(c.clients);
    } catch (error) {
      setProblem(problemText(error));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const claim = async (id: string) => {
    setProblem('');
    try {
      const { client } = await call(api.advisers.queue[':id'].claim.$post({ param: { id } }));
      navigate(`/workspace/clients/${client.id}`);
    } catch (error) {
      setProblem(problemText(error));
      void load();
    }
  };

  const shown = (clients ?? []).filter((c) => showArchived || !c.archived);
  return (
    <div className="dashboard">
      <h1>Requests and clients</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ProblemNotice message={problem} />
      <DueList />
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Open requests {queue && <span className="count">{queue.length}</span>}</h2>
        {queue === null ? (
          <p aria-live="polite">Loading…</p>
        ) : queue.length === 0 ? (
          <p className="empty-state">No one is waiting right now. New requests appear here.</p>
        ) : (
          <ul className="tile-list">
            {queue.map((r) => (
              <li key={r.id} className="tile">
                <h3>{BACKGROUNDS[r.intake.background].label}</h3>
                <p className="tile__meta">
                  {[
                    r.intake.location || 'Anywhere',
                    WORKPLACE[r.intake.workplace],
                    TIMING[r.intake.timing],
                  ].join(' · ')}
                </p>
                <p className="tile__text">{r.intake.goals}</p>
                <p className="tile__meta">
                  Asked {shortDate(r.createdAt)}
                  {r.hasResume && ' · resume draft shared'}
                </p>
                <button className="button button--primary" type="button" onClick={() => void claim(r.id)}>
                  Take this request
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading">Your clients</h2>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived clients
        </label>
        {clients === null ? null : shown.length === 0 ? (
          <p className="empty-state">
            No clients yet. Take a request above; the seeker becomes a client with a made-up name.
          </p>
        ) : (
          <table className="table">
            <TableHead columns={['Client', 'Stage', 'Background', 'Updated']} />
            <tbody>
              {shown.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/workspace/clients/${c.id}`}>{c.label}</Link>
                    {c.archived && <span className="badge badge--muted">Archived</span>}
                  </td>
                  <td>{CLIENT_STAGE_LABEL[c.stage]}</td>
                  <td>{BACKGROUNDS[c.intake.background].label}</td>
                  <td>{shortDate(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
