import type { InferResponseType } from 'hono/client';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { useAdviser } from './session';

type Clients = InferResponseType<typeof api.advisers.clients.$get, 200>['clients'];

/** "Save for a client": shown on results and job pages only while an adviser is signed in. */
export function BookmarkButton({ leadId, title }: { leadId: string; title: string }) {
  const adviser = useAdviser();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [clients, setClients] = useState<Clients | null>(null);
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');
  if (!adviser) return null;

  const show = async () => {
    setOpen(!open);
    setDone('');
    if (clients) return;
    try {
      setClients((await call(api.advisers.clients.$get())).clients.filter((c) => !c.archived));
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const clientId = String(form.get('clientId') ?? '');
    setProblem('');
    try {
      await call(
        api.advisers.clients[':id'].bookmarks.$post({
          param: { id: clientId },
          json: { leadId, note: String(form.get('note') ?? ''), stage: 'saved' },
        }),
      );
      setDone(`Saved for ${clients?.find((c) => c.id === clientId)?.label ?? 'your client'}.`);
      setOpen(false);
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  return (
    <div className="bookmark-button">
      <button
        className="button button--secondary"
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => void show()}
      >
        Save for a client
      </button>
      <span className="status-line" aria-live="polite">
        {done}
      </span>
      {open && (
        <form
          id={id}
          className="bookmark-form form"
          onSubmit={save}
          aria-label={`Save “${title}” for a client`}
        >
          {clients && clients.length === 0 ? (
            <p className="muted">You have no active clients yet. Take a request in the workspace first.</p>
          ) : (
            <>
              <label htmlFor={`${id}-client`}>Client</label>
              <select className="select" id={`${id}-client`} name="clientId" required>
                {(clients ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              <label>
                Note for the client
                <textarea className="input textarea" name="note" rows={2} maxLength={5000} />
              </label>
              <button className="button button--primary" type="submit" disabled={!clients}>
                Save
              </button>
            </>
          )}
        </form>
      )}
      <ProblemNotice message={problem} />
    </div>
  );
}
