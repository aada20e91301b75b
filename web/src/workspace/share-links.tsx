import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import type { ShareField } from '../../../core/pipeline';
import { defaultShareFields, shareFields } from '../../../core/pipeline';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { TableHead } from '../components/table-head';
import { SHARE_FIELD_LABEL, shortDate } from './labels';

type Links = InferResponseType<(typeof api.advisers.clients)[':id']['share-links']['$get'], 200>['links'];
type Link = Links[number];

const STATUS = { live: 'Live', expired: 'Expired', revoked: 'Revoked' } as const;
const lastView = (l: Link) =>
  l.lastViewedAt
    ? `${shortDate(l.lastViewedAt)} (${l.viewCount} ${l.viewCount === 1 ? 'view' : 'views'})`
    : 'Not opened yet';

/**
 * Private links that show the client their shortlist. Each carries the adviser's label, the fields
 * ticked for it, its expiry and when it was last opened. A link's address is shown once, when it is
 * made: only a hash of it is kept. Revoking asks first, naming the link.
 */
export function ShareLinks({
  clientId,
  hasResume,
  onChange,
}: {
  clientId: string;
  hasResume: boolean;
  onChange: () => void;
}) {
  const [links, setLinks] = useState<Links>([]);
  const [days, setDays] = useState(14);
  const [label, setLabel] = useState('');
  const [fields, setFields] = useState<ShareField[]>([...defaultShareFields]);
  const [fresh, setFresh] = useState('');
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
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
        api.advisers.clients[':id']['share-links'].$post({
          param: { id: clientId },
          json: { expiresInDays: days, label, fields },
        }),
      );
      setFresh(`${window.location.origin}${made.path}`);
      setLabel('');
      onChange();
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const revoke = async (linkId: string) => {
    setProblem('');
    try {
      const result = await call(
        api.advisers.clients[':id']['share-links'][':linkId'].$delete({ param: { id: clientId, linkId } }),
      );
      setLinks(result.links);
      setConfirming(null);
      setFresh('');
      onChange();
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
  const tick = (field: ShareField, on: boolean) =>
    setFields((prev) => shareFields.filter((f) => (f === field ? on : prev.includes(f))));
  const name = (l: Link) => l.label || `made ${shortDate(l.createdAt)}`;

  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">Share the shortlist</h2>
      <p className="muted">
        The link shows this client their shortlist with no sign-in: only what you tick below. It never shows
        your private notes, the timeline or who you are. Send it the way the client asked to be contacted.
      </p>
      <div className="panel form share-form">
        <label>
          Label, for you only
          <input
            className="input"
            value={label}
            maxLength={120}
            onChange={(e) => setLabel(e.target.value)}
            placeholder="e.g. sent by Signal on 3 Dec"
          />
        </label>
        <fieldset className="share-fields">
          <legend>The link shows</legend>
          {shareFields
            .filter((f) => f !== 'resume' || hasResume)
            .map((f) => (
              <label key={f} className="check">
                <input
                  type="checkbox"
                  checked={fields.includes(f)}
                  onChange={(e) => tick(f, e.target.checked)}
                />
                {SHARE_FIELD_LABEL[f]}
              </label>
            ))}
        </fieldset>
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
          <button
            className="button button--primary"
            type="button"
            disabled={fields.length === 0}
            onClick={() => void create()}
          >
            Create a share link
          </button>
        </div>
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
        <table className="table share-table">
          <caption className="visually-hidden">Share links</caption>
          <TableHead columns={['Link', 'Shows', 'Expires', 'Last opened', 'Status']} action />
          <tbody>
            {links.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.label || <span className="muted">No label</span>}
                  <br />
                  <span className="muted">Made {shortDate(l.createdAt)}</span>
                </td>
                <td>{l.fields.map((f) => SHARE_FIELD_LABEL[f]).join(', ')}</td>
                <td>{shortDate(l.expiresAt)}</td>
                <td>{lastView(l)}</td>
                <td>{STATUS[l.status]}</td>
                <td>
                  {l.status === 'live' &&
                    (confirming === l.id ? (
                      <div className="confirm">
                        <p>
                          Revoke “{name(l)}”? The client’s link stops working at once
                          {l.viewCount > 0
                            ? `; they last opened it ${shortDate(l.lastViewedAt ?? l.createdAt)}`
                            : ''}
                          .
                        </p>
                        <button
                          className="button button--danger"
                          type="button"
                          onClick={() => void revoke(l.id)}
                        >
                          Yes, revoke it
                        </button>{' '}
                        <button
                          className="button button--quiet"
                          type="button"
                          onClick={() => setConfirming(null)}
                        >
                          Keep it
                        </button>
                      </div>
                    ) : (
                      <button
                        className="button button--quiet"
                        type="button"
                        onClick={() => setConfirming(l.id)}
                        aria-label={`Revoke the link “${name(l)}”…`}
                      >
                        Revoke…
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {links.length > 0 && !links.some((l) => l.status === 'live') && (
        <p className="muted">No live links: the shortlist is not shared.</p>
      )}
    </section>
  );
}
