import type { InferResponseType } from 'hono/client';
import type { FormEvent, KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { BookmarkStage } from '../../../core/pipeline';
import { bookmarkStages } from '../../../core/pipeline';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { markSaved, setActiveClient, useActiveClient } from './active-client';
import { BOOKMARK_STAGE_LABEL } from './labels';
import { useAdviser } from './session';
import { UndoToast } from './undo-toast';

type Clients = InferResponseType<typeof api.advisers.clients.$get, 200>['clients'];
/** A one-step save may open with any stage but Closed: closing needs a reason, given on the board. */
const SAVE_STAGES = bookmarkStages.filter((s) => s !== 'closed');

/**
 * "Save for <alias>" on a result card and on the job page, shown only while an adviser is signed
 * in. The stage and an optional note for the client are chosen inline and saved in one request;
 * an undo toast follows. A lead already on the active client's shortlist says so, with its stage.
 */
export function BookmarkButton({ leadId, title }: { leadId: string; title: string }) {
  const adviser = useAdviser();
  const { client, saved } = useActiveClient(adviser !== null);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [clients, setClients] = useState<Clients | null>(null);
  const [undo, setUndo] = useState<{ text: string; clientId: string; bookmarkId: string } | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);
  if (!adviser) return null;

  const toast = undo && (
    <UndoToast text={undo.text} onUndo={() => void remove()} onDone={() => setUndo(null)} />
  );
  const mark = saved?.get(leadId);
  if (mark && client) {
    return (
      <div className="bookmark-button">
        <p className="saved-mark">
          <span className="badge badge--curated">On {client.label}’s shortlist</span>{' '}
          <span className="saved-mark__stage">{BOOKMARK_STAGE_LABEL[mark.stage]}</span>{' '}
          <Link to={`/workspace/clients/${client.id}`} className="muted">
            Open their pipeline
          </Link>
        </p>
        {toast}
        <ProblemNotice message={problem} />
      </div>
    );
  }

  const show = async () => {
    setOpen(!open);
    setProblem('');
    if (clients) return;
    try {
      setClients((await call(api.advisers.clients.$get())).clients.filter((c) => !c.archived));
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const clientId = String(form.get('clientId') ?? client?.id ?? '');
    const chosen = clients?.find((c) => c.id === clientId) ?? (client?.id === clientId ? client : null);
    const stage = String(form.get('stage') ?? 'suggested') as BookmarkStage;
    setProblem('');
    setBusy(true);
    try {
      const { bookmark } = await call(
        api.advisers.clients[':id'].bookmarks.$post({
          param: { id: clientId },
          json: { leadId, stage, note: String(form.get('note') ?? '').trim() },
        }),
      );
      if (chosen) setActiveClient({ id: chosen.id, label: chosen.label });
      markSaved(clientId, bookmark, leadId);
      setOpen(false);
      setUndo({
        text: `Saved “${title}” for ${chosen?.label ?? 'your client'} as ${BOOKMARK_STAGE_LABEL[bookmark.stage]}.`,
        clientId,
        bookmarkId: bookmark.id,
      });
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };
  async function remove() {
    if (!undo) return;
    try {
      await call(
        api.advisers.clients[':id'].bookmarks[':bookmarkId'].$delete({
          param: { id: undo.clientId, bookmarkId: undo.bookmarkId },
        }),
      );
      markSaved(undo.clientId, null, leadId);
      setUndo(null);
      toggle.current?.focus();
    } catch (error) {
      setProblem(problemText(error));
    }
  }
  // Escape closes the form; Ctrl+Enter (or ⌘+Enter) saves from the note.
  const keys = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const others = (clients ?? []).filter((c) => c.id !== client?.id);
  return (
    <div className="bookmark-button">
      <button
        ref={toggle}
        className="button button--secondary"
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => void show()}
      >
        {client ? `Save for ${client.label}` : 'Save for a client'}
      </button>
      {open && (
        <form
          id={id}
          className="bookmark-form form"
          onSubmit={save}
          onKeyDown={keys}
          aria-label={`Save “${title}” for ${client?.label ?? 'a client'}`}
        >
          {clients && clients.length === 0 ? (
            <p className="muted">You have no active clients yet. Take a request in the workspace first.</p>
          ) : (
            <>
              {(!client || others.length > 0) && (
                <label>
                  Client
                  <select className="select" name="clientId" defaultValue={client?.id} required>
                    {client && <option value={client.id}>{client.label}</option>}
                    {others.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <label>
                Stage
                <select ref={firstField} className="select" name="stage" defaultValue="suggested">
                  {SAVE_STAGES.map((s) => (
                    <option key={s} value={s}>
                      {BOOKMARK_STAGE_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Note for the client (optional)
                <textarea className="input textarea" name="note" rows={2} maxLength={5000} />
              </label>
              <div className="button-row">
                <button className="button button--primary" type="submit" disabled={busy || !clients}>
                  {busy ? 'Saving…' : 'Save'}
                </button>
                <button className="button button--quiet" type="button" onClick={close}>
                  Cancel
                </button>
                <span className="hint">Ctrl+Enter saves · Esc closes</span>
              </div>
            </>
          )}
        </form>
      )}
      {toast}
      <ProblemNotice message={problem} />
    </div>
  );
}
