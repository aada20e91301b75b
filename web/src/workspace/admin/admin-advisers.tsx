import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import { BACKGROUNDS } from '../../../../core/fit/backgrounds';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';
import { ProblemNotice } from '../../components/problem-notice';
import { TableHead } from '../../components/table-head';
import { useDocumentTitle } from '../../use-document-title';
import { shortDate } from '../labels';

type Advisers = InferResponseType<typeof api.admin.advisers.$get, 200>['advisers'];
type Invites = InferResponseType<typeof api.admin.invites.$get, 200>['invites'];
type Queue = InferResponseType<typeof api.admin.queue.$get, 200>['requests'];

/** Accounts, invitations, and handing open requests to a particular adviser. */
export function AdminAdvisers() {
  useDocumentTitle('Advisers');
  const [advisers, setAdvisers] = useState<Advisers>([]);
  const [invites, setInvites] = useState<Invites>([]);
  const [queue, setQueue] = useState<Queue>([]);
  const [role, setRole] = useState<'adviser' | 'admin'>('adviser');
  const [days, setDays] = useState(7);
  const [label, setLabel] = useState('');
  const [fresh, setFresh] = useState('');
  const [problem, setProblem] = useState('');
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    try {
      const [a, i, q] = await Promise.all([
        call(api.admin.advisers.$get()),
        call(api.admin.invites.$get()),
        call(api.admin.queue.$get({ query: { page: '1' } })),
      ]);
      setAdvisers(a.advisers);
      setInvites(i.invites);
      setQueue(q.requests);
    } catch (error) {
      setProblem(problemText(error));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (work: () => Promise<unknown>, done = '') => {
    setProblem('');
    setMessage('');
    try {
      await work();
      setMessage(done);
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const invite = () =>
    act(async () => {
      const made = await call(api.admin.invites.$post({ json: { role, expiresInDays: days, label } }));
      setFresh(`${window.location.origin}${made.path}`);
      setLabel('');
    });
  const active = advisers.filter((a) => !a.disabled);

  return (
    <section aria-labelledby="admin-advisers-heading">
      <h2 id="admin-advisers-heading">Advisers</h2>
      <ProblemNotice message={problem} />
      <p className="status-line" aria-live="polite">
        {message}
      </p>
      <table className="table">
        <TableHead columns={['Account', 'Role', 'Active clients', 'Authenticator']} action />
        <tbody>
          {advisers.map((a) => (
            <tr key={a.id} className={a.disabled ? 'row--paused' : undefined}>
              <td>
                {a.email}
                {a.disabled && <span className="badge badge--muted">Disabled</span>}
              </td>
              <td>{a.role === 'admin' ? 'Admin' : 'Adviser'}</td>
              <td>{a.activeClients}</td>
              <td>{a.secondFactor ? 'On' : 'Off'}</td>
              <td>
                <button
                  className="button button--quiet"
                  type="button"
                  onClick={() =>
                    void act(
                      () =>
                        call(
                          api.admin.advisers[':id'].$patch({
                            param: { id: a.id },
                            json: { disabled: !a.disabled },
                          }),
                        ),
                      a.disabled ? `${a.email} can sign in again.` : `${a.email} is disabled and signed out.`,
                    )
                  }
                >
                  {a.disabled ? 'Enable' : 'Disable'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Invite someone</h3>
      <div className="button-row">
        <label className="inline-label">
          Role
          <select
            className="select"
            value={role}
            onChange={(e) => setRole(e.target.value === 'admin' ? 'admin' : 'adviser')}
          >
            <option value="adviser">Adviser</option>
            <option value="admin">Admin</option>
          </select>
        </label>
        <label className="inline-label">
          Label
          <input
            className="input"
            value={label}
            maxLength={120}
            onChange={(e) => setLabel(e.target.value)}
            placeholder="Who it is for, e.g. Dana, Tucson meetup"
          />
        </label>
        <label className="inline-label">
          Expires after
          <select className="select" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {[1, 3, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {d === 1 ? '1 day' : `${d} days`}
              </option>
            ))}
          </select>
        </label>
        <button className="button button--primary" type="button" onClick={() => void invite()}>
          Create an invite link
        </button>
      </div>
      {fresh && (
        <div className="panel fresh-link" role="status">
          <p>Send this link to one person. It works once and will not be shown again.</p>
          <input
            className="input"
            readOnly
            value={fresh}
            aria-label="Invite link"
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      {invites.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Invites</caption>
          <TableHead columns={['Invite', 'Made', 'Role', 'Expires', 'Status']} action />
          <tbody>
            {invites.map((i) => (
              <tr key={i.id}>
                <td>{i.label || <span className="muted">No label</span>}</td>
                <td>{shortDate(i.createdAt)}</td>
                <td>{i.role === 'admin' ? 'Admin' : 'Adviser'}</td>
                <td>{shortDate(i.expiresAt)}</td>
                <td>{i.status[0]?.toUpperCase() + i.status.slice(1)}</td>
                <td>
                  {i.status === 'open' && (
                    <button
                      className="button button--quiet"
                      type="button"
                      aria-label={`Withdraw the invite ${i.label || `made ${shortDate(i.createdAt)}`}`}
                      onClick={() =>
                        void act(
                          () => call(api.admin.invites[':id'].$delete({ param: { id: i.id } })),
                          `Invite ${i.label ? `“${i.label}” ` : ''}withdrawn.`,
                        )
                      }
                    >
                      Withdraw
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Assign open requests</h3>
      {queue.length === 0 ? (
        <p className="empty-state">No open requests.</p>
      ) : (
        <ul className="tile-list">
          {queue.map((r) => (
            <li key={r.id} className="tile">
              <h4>{BACKGROUNDS[r.intake.background].label}</h4>
              <p className="tile__text">{r.intake.goals}</p>
              <form
                className="button-row"
                onSubmit={(event) => {
                  event.preventDefault();
                  const adviserId = String(new FormData(event.currentTarget).get('adviserId') ?? '');
                  void act(
                    () =>
                      call(api.admin.queue[':id'].assign.$post({ param: { id: r.id }, json: { adviserId } })),
                    'Request assigned.',
                  );
                }}
              >
                <label className="inline-label">
                  Adviser
                  <select className="select" name="adviserId" required>
                    {active.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.email} ({a.activeClients})
                      </option>
                    ))}
                  </select>
                </label>
                <button className="button button--secondary" type="submit">
                  Assign
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
