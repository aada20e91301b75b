import type { FormEvent } from 'react';
import { useState } from 'react';
import { call, problemText } from '../api-call';
import { api, setCsrfToken } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { useDocumentTitle } from '../use-document-title';
import { SecondFactorSetup } from './second-factor-setup';
import { useSession } from './session';

/** Password, second factor and sessions. */
export function AccountPage() {
  useDocumentTitle('Account');
  const { state, signOut } = useSession();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  if (state.status !== 'signed-in') return null;

  const changePassword = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setProblem('');
    setMessage('');
    try {
      const result = await call(
        api.auth.password.$post({
          json: {
            currentPassword: String(form.get('currentPassword') ?? ''),
            newPassword: String(form.get('newPassword') ?? ''),
          },
        }),
      );
      setCsrfToken(result.csrfToken);
      formElement.reset();
      setMessage('Password changed. Every other session has been signed out.');
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  return (
    <div className="account-page">
      <h1>Account</h1>
      <div className="two-column">
        <SecondFactorSetup me={state.me} />
        <form className="panel form" onSubmit={changePassword} aria-labelledby="password-heading">
          <h2 id="password-heading">Change password</h2>
          <label>
            Current password
            <input
              className="input"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
            />
          </label>
          <label>
            New password (at least 12 characters)
            <input
              className="input"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              minLength={12}
              required
            />
          </label>
          <button className="button button--primary" type="submit">
            Change password
          </button>
          <p className="status-line" aria-live="polite">
            {message}
          </p>
          <ProblemNotice message={problem} />
        </form>
      </div>
      <section className="panel" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p>
          Lost a device, or signed in somewhere you should not have? End every session, this one included.
        </p>
        <button className="button button--secondary" type="button" onClick={() => void signOut(true)}>
          Sign out everywhere
        </button>
      </section>
    </div>
  );
}
