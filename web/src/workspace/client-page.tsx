import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BACKGROUNDS } from '../../../core/fit/backgrounds';
import { clientStages } from '../../../core/intake';
import { renderPlainText } from '../../../templates/render-text';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { TIMING, WORKPLACE } from '../intake/intake-labels';
import { useDocumentTitle } from '../use-document-title';
import { setActiveClient } from './active-client';
import type { Bookmarks } from './bookmark-card';
import { ClientTimeline } from './client-timeline';
import { CLIENT_STAGE_LABEL, shortDate } from './labels';
import { ShareLinks } from './share-links';
import { ShortlistEditor } from './shortlist-editor';

type Client = InferResponseType<(typeof api.advisers.clients)[':id']['$get'], 200>['client'];
type Patch = { stage?: Client['stage']; archived?: boolean; notes?: string };

/** One client: the request, private notes, stage, shortlist and share links. */
export function ClientPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [client, setClient] = useState<Client | null>(null);
  const [bookmarks, setBookmarks] = useState<Bookmarks>([]);
  const [notes, setNotes] = useState('');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [confirmForget, setConfirmForget] = useState(false);
  // Bumped by every change on the page, so the timeline reloads and shows it.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  useDocumentTitle(client ? `Client ${client.label}` : 'Client');

  const load = useCallback(async () => {
    try {
      const [c, b] = await Promise.all([
        call(api.advisers.clients[':id'].$get({ param: { id } })),
        call(api.advisers.clients[':id'].bookmarks.$get({ param: { id } })),
      ]);
      setClient(c.client);
      setNotes(c.client.notes);
      setBookmarks(b.bookmarks);
    } catch (error) {
      setProblem(problemText(error));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const update = async (json: Patch, done: string) => {
    setProblem('');
    try {
      const result = await call(api.advisers.clients[':id'].$patch({ param: { id }, json }));
      if (result.client) setClient(result.client);
      setStatus(done);
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const forget = async () => {
    try {
      await call(api.advisers.clients[':id'].$delete({ param: { id } }));
      setActiveClient(null);
      navigate('/workspace', { state: { notice: `${client?.label ?? 'The client'} was forgotten.` } });
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  if (!client) {
    return problem ? (
      <div className="notice notice--error" role="alert">
        <h1>This client could not be opened</h1>
        <p>{problem}</p>
        <Link to="/workspace">Back to your clients</Link>
      </div>
    ) : (
      <p aria-live="polite">Loading…</p>
    );
  }
  const { intake } = client;
  return (
    <div className="client-page">
      <p className="back-link">
        <Link to="/workspace">← Requests and clients</Link>
      </p>
      <header className="client-page__header">
        <p className="eyebrow">Client since {shortDate(client.createdAt)}</p>
        <h1>{client.label}</h1>
        <div className="button-row">
          <label className="inline-label">
            Stage
            <select
              className="select"
              value={client.stage}
              onChange={(e) => void update({ stage: e.target.value as Client['stage'] }, 'Stage saved')}
            >
              {clientStages.map((s) => (
                <option key={s} value={s}>
                  {CLIENT_STAGE_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <button
            className="button button--secondary"
            type="button"
            onClick={() =>
              void update(
                { archived: !client.archived },
                client.archived ? 'Client restored' : 'Client archived',
              )
            }
          >
            {client.archived ? 'Restore from archive' : 'Archive'}
          </button>
          <span className="status-line" aria-live="polite">
            {status}
          </span>
        </div>
      </header>
      <ProblemNotice message={problem} />
      <div className="two-column">
        <section className="panel" aria-labelledby="request-heading">
          <h2 id="request-heading">Their request</h2>
          <dl className="facts">
            <dt>Background</dt>
            <dd>{BACKGROUNDS[intake.background].label}</dd>
            <dt>Where</dt>
            <dd>{[intake.location || 'Anywhere', WORKPLACE[intake.workplace]].join(' · ')}</dd>
            <dt>Timing</dt>
            <dd>{TIMING[intake.timing]}</dd>
            <dt>Looking for</dt>
            <dd className="prose-text">{intake.goals}</dd>
            <dt>Contact</dt>
            <dd>{intake.contact}</dd>
          </dl>
        </section>
        <section className="panel form" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Private notes</h2>
          <label>
            Only you can read these; they are stored encrypted.
            <textarea
              className="input textarea"
              rows={8}
              maxLength={20_000}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          </label>
          <button
            className="button button--secondary"
            type="button"
            disabled={notes === client.notes}
            onClick={() => void update({ notes }, 'Notes saved')}
          >
            Save notes
          </button>
        </section>
      </div>
      {intake.resume && (
        <section aria-labelledby="resume-heading">
          <h2 id="resume-heading">Resume draft they shared</h2>
          <pre className="preview">{renderPlainText(intake.resume)}</pre>
        </section>
      )}
      <ShortlistEditor
        client={client}
        bookmarks={bookmarks}
        onChange={(next) => {
          setBookmarks(next);
          changed();
        }}
      />
      <ShareLinks clientId={id} hasResume={Boolean(intake.resume)} onChange={changed} />
      <ClientTimeline clientId={id} version={version} />
      <section className="danger-zone" aria-labelledby="forget-heading">
        <h2 id="forget-heading">Forget this client</h2>
        <p>
          Deletes the request, your notes, the shortlist, every share link and the timeline, for good. The
          audit log keeps only that a client was forgotten.
        </p>
        {confirmForget ? (
          <div className="button-row">
            <button className="button button--danger" type="button" onClick={() => void forget()}>
              Yes, forget {client.label} and delete everything
            </button>
            <button className="button button--quiet" type="button" onClick={() => setConfirmForget(false)}>
              Keep
            </button>
          </div>
        ) : (
          <button className="button button--secondary" type="button" onClick={() => setConfirmForget(true)}>
            Forget this client…
          </button>
        )}
      </section>
    </div>
  );
}
