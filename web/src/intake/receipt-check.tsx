import type { FormEvent } from 'react';
import { useState } from 'react';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';

const STATUS_TEXT = {
  open: 'Your request is waiting for an adviser.',
  claimed: 'An adviser has taken your request and will contact you the way you asked.',
} as const;

/** Checks or withdraws a request by its receipt code; the code travels in the body, never the URL. */
export function ReceiptCheck({ initialReceipt = '' }: { initialReceipt?: string }) {
  const [receipt, setReceipt] = useState(initialReceipt);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState<keyof typeof STATUS_TEXT | null>(null);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    setMessage('');
    try {
      const result = await call(api.intake.status.$post({ json: { receipt } }));
      setStatus(result.status);
      setMessage(STATUS_TEXT[result.status]);
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
          className="input"
          value={receipt}
          onChange={(e) => setReceipt(e.target.value)}
          required
          minLength={10}
          maxLength={20}
          autoComplete="off"
          placeholder="XXXX-XXXX-XXXX"
        />
      </label>
      <div className="button-row">
        <button className="button button--secondary" type="submit">
          Check status
        </button>
        {status && (
          <button className="button button--quiet" type="button" onClick={withdraw}>
            Withdraw and delete my request
          </button>
        )}
      </div>
      <div aria-live="polite">
        {message && <p className="status-line">{message}</p>}
        <ProblemNotice message={problem} />
      </div>
    </form>
  );
}
