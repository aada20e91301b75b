import type { FormEvent } from 'react';
import { useState } from 'react';
import { BACKGROUNDS, backgroundIds } from '../../../core/fit/backgrounds';
import type { Intake } from '../../../core/intake';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { loadDraft } from '../resume/drafts';
import { draftForSharing } from '../resume/share-draft';
import { useBackgroundChoice } from '../search/background-choice';
import { TIMING, WORKPLACE } from './intake-labels';

/** The confidential request form. Nothing here asks for a name; the seeker picks the contact. */
export function IntakeForm({ onReceipt }: { onReceipt: (receipt: string) => void }) {
  const [background] = useBackgroundChoice();
  const draft = loadDraft();
  const [busy, setBusy] = useState<'' | 'attaching' | 'sending'>('');
  const [problem, setProblem] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setProblem('');
    // The draft goes first, on its own: the request then carries only its reference, and only the
    // adviser who takes the request can open it. Name, e-mail, phone and links stay out unless the
    // seeker ticks the box for this share.
    let resumeDraft: string | undefined;
    if (draft && form.get('shareResume') === 'on') {
      setBusy('attaching');
      try {
        ({ draft: resumeDraft } = await call(
          api.drafts.$post({ json: { resume: draftForSharing(draft, form.get('shareContact') === 'on') } }),
        ));
      } catch (error) {
        setProblem(
          `Your resume draft could not be attached: ${problemText(error)} Untick "Share the resume draft" to send your request without it.`,
        );
        setBusy('');
        return;
      }
    }
    setBusy('sending');
    try {
      const { receipt } = await call(
        api.intake.$post({
          json: {
            background: text('background') as Intake['background'],
            location: text('location'),
            workplace: text('workplace') as Intake['workplace'],
            goals: text('goals'),
            timing: text('timing') as Intake['timing'],
            contact: text('contact'),
            ...(resumeDraft ? { resumeDraft } : {}),
          },
        }),
      );
      onReceipt(receipt);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy('');
    }
  };

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="intake-heading">
      <h2 id="intake-heading">Ask for an adviser</h2>
      <p className="muted">
        Everything here is encrypted when it is stored, and only the adviser who takes your request can read
        how to reach you. Do not give your name.
      </p>
      <label>
        I was a…
        <select className="select" name="background" defaultValue={background || backgroundIds[0]} required>
          {backgroundIds.map((id) => (
            <option key={id} value={id}>
              {BACKGROUNDS[id].label}
            </option>
          ))}
        </select>
      </label>
      <div className="form-row">
        <label>
          Where you would like to work
          <input className="input" name="location" maxLength={200} placeholder="e.g. Tucson, AZ" />
        </label>
        <label>
          Remote or on site
          <select className="select" name="workplace" defaultValue="any">
            {Object.entries(WORKPLACE).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        What you are looking for
        <textarea
          className="input textarea"
          name="goals"
          required
          maxLength={2000}
          rows={4}
          placeholder="The kind of work, what matters to you, what worries you"
        />
      </label>
      <label>
        When you want to move
        <select className="select" name="timing" defaultValue="within-3-months">
          {Object.entries(TIMING).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        How an adviser can reach you
        <input
          className="input"
          name="contact"
          required
          minLength={3}
          maxLength={300}
          placeholder="e.g. a Signal number or an email alias"
          aria-describedby="contact-hint"
        />
      </label>
      <p className="hint" id="contact-hint">
        Choose something that is not linked to your agency: a personal Signal number, or a new email alias you
        made for this.
      </p>
      {draft && (
        <label className="check">
          <input type="checkbox" name="shareResume" />
          Share the resume draft saved in this browser with my adviser (only the adviser who takes my request
          can open it)
        </label>
      )}
      {draft && (
        <label className="check">
          <input type="checkbox" name="shareContact" />
          Include my contact details (name, e-mail, phone and links) in the shared draft
        </label>
      )}
      <ProblemNotice message={problem} />
      <button className="button button--primary" type="submit" disabled={busy !== ''}>
        {busy === 'attaching'
          ? 'Attaching your resume…'
          : busy === 'sending'
            ? 'Sending…'
            : 'Send my request'}
      </button>
    </form>
  );
}
