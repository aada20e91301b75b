import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { TableHead } from '../components/table-head';
import { shortDate } from './labels';

type Links = InferResponseType<(typeof api.advisers.clients)[':id']['share-links']['$get'], 200>['links'];

/**
 * Private links that show the client their shortlist. A link's address is shown once, when it is
 * made: only a hash of it is kept, so it cannot be looked up again, only revoked.
 */
export function ShareLinks({ clientId }: { clientId: string }) {
  const param = { id: clientId };
  const [links, setLinks] = useState<Links>([]);
  const [days, setDays] = useState(14);
  const [fresh, setFresh] = useState('');
  const [copied, setCopied] = useState(false);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    try {
      setLinks(
        (await call(api.advisers.clients[':id']['share-links'].$get({ param: { id: clientId } }))).links,
      );
    } catch (error) {
      setProblem(problemText(error));
    }
  }, [clientId]);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async () => {
    setProblem('');
    setCopied(false);
    try {
      const made = await call(
        api.advisers.clients[':id']['share-links'].$post({ param, json: { expiresInDays: days } }),
      );
      setFresh(`${window.location.origin}${made.path}`);
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const revoke = async (linkId: string) => {
    try {
      const result = await call(
        api.advisers.clients[':id']['share-links'][':linkId'].$delete({ param: { id: clientId, linkId } }),
      );
      setLinks(result.links);
      setFresh('');
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fresh);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const live = links.filter((l) => l.status === 'live');
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">Share the shortlist</h2>
      <p className="muted">
        The link shows this client their shortlist and your notes, with no sign-in. It names no adviser and no
        other client. Send it the way the client asked to be contacted.
      </p>
      <div className="button-row">
        <label className="inline-label">
          Expires after
          <select className="select" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {[3, 7, 14, 30, 90].map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
        <button className="button button--primary" type="button" onClick={() => void create()}>
          Create a share link
        </button>
      </div>
      {fresh && (
        <div className="panel fresh-link" role="status">
          <p>Copy this link now; it will not be shown again.</p>
          <p>
            <input
              className="input"
              readOnly
              value={fresh}
              aria-label="Share link"
              onFocus={(e) => e.target.select()}
            />
          </p>
          <button className="button button--secondary" type="button" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy link'}
          </button>
        </div>
      )}
      <ProblemNotice message={problem} />
      {links.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Share links</caption>
          <TableHead columns={['Made', 'Expires', 'Status']} action />
          <tbody>
            {links.map((l, i) => (
              <tr key={l.id}>
                <td>{shortDate(l.createdAt)}</td>
                <td>{shortDate(l.expiresAt)}</td>
                <td>{l.status === 'live' ? 'Live' : l.status === 'expired' ? 'Expired' : 'Revoked'}</td>
                <td>
                  {l.status === 'live' && (
                    <button
                      className="button button--quiet"
                      type="button"
                      onClick={() => void revoke(l.id)}
                      aria-label={`Revoke link ${links.length - i}`}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {live.length === 0 && links.length > 0 && (
        <p className="muted">No live links: the shortlist is not shared.</p>
      )}
    </section>
  );
}
