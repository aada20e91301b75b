import type { FormEvent } from 'react';
import { useState } from 'react';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';

/** What each status means for the seeker, and what happens next. */
const STATUS_TEXT = {
  open: {
    now: 'Your request is waiting for an adviser.',
    next: 'Nothing to do for now: when an adviser takes it, they contact you the way you asked. Check back here with your code. A request no adviser takes is deleted automatically after a while.',
  },
  claimed: {
    now: 'An adviser has taken your request.',
    next: 'They will contact you the way you asked, so keep an eye on that channel. Offramp never contacts you itself. If you no longer want help, you can withdraw below.',
  },
} as const;
type Status = keyof typeof STATUS_TEXT;

/** Checks or withdraws a request by its receipt code; the code travels in the body, never the URL. */
export function ReceiptCheck({ initialReceipt = '' }: { initialReceipt?: string }) {
  const [receipt, setReceipt] = useState(initialReceipt);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [confirming, setConfirming] = useState(false);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    setMessage('');
    setConfirming(false);
    try {
      const result = await call(api.intake.status.$post({ json: { receipt } }));
      setStatus(result.status);
    } catch (error) {
      setStatus(null);
      setProblem(problemText(error));
    }
  };
  const withdraw = async () => {
    setProblem('');
    try {
      await call(api.intake.withdraw.$post({ json: { receipt } }));
      setStatus(null);
      setConfirming(false);
      setMessage('Your request and everything in it have been deleted.');
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  return (
    <form className="form panel" onSubmit={check} aria-labelledby="receipt-heading">
      <h2 id="receipt-heading">Check or withdraw a request</h2>
      <label>
        Receipt code
        <input
          className="input receipt__input"
          value={receipt}
          onChange={(e) => {
            setReceipt(e.target.value);
            setStatus(null);
          }}
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX"
          aria-describedby="receipt-hint"
        />
      </label>
      <p className="hint" id="receipt-hint">
        With or without the dashes, in capitals or not.
      </p>
      <div className="button-row">
        <button className="button button--secondary" type="submit">
          Check status
        </button>
        {status && !confirming && (
          <button className="button button--quiet" type="button" onClick={() => setConfirming(true)}>
            Withdraw and delete my request…
          </button>
        )}
      </div>
      {confirming && (
        <div className="panel confirm" role="alert">
          <p>
            Delete your request for good?{' '}
            {status === 'claimed'
              ? 'Your adviser loses your request, their notes and any shortlist they made for you.'
              : 'No adviser will see it.'}{' '}
            This cannot be undone.
          </p>
          <div className="button-row">
            <button className="button button--danger" type="button" onClick={() => void withdraw()}>
              Yes, delete my request
            </button>
            <button className="button button--quiet" type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {status && (
          <div className="receipt__status">
            <p className="status-line">{STATUS_TEXT[status].now}</p>
            <p>{STATUS_TEXT[status].next}</p>
          </div>
        )}
        {message && <p className="status-line">{message}</p>}
        <ProblemNotice message={problem} />
      </div>
    </form>
  );
}
