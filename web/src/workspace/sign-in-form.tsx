import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { call, problemText } from '../api-call';
import { api, setCsrfToken } from '../api-client';
import { useSession } from './session';

/** Email and password, then (when the account has one) the authenticator code or a recovery code. */
export function SignInForm() {
  const { refresh } = useSession();
  const [challenge, setChallenge] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  // Moving to the code step (or switching code kind) puts the cursor where the code goes.
  useEffect(() => {
    if (challenge) codeInput.current?.focus();
  }, [challenge, useRecovery]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem('');
    try {
      await work();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };

  const signIn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(async () => {
      const result = await call(
        api.auth.login.$post({
          json: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
        }),
      );
      if ('challenge' in result) {
        setChallenge(result.challenge);
        return;
      }
      setCsrfToken(result.csrfToken);
      await refresh();
    });
  };

  const secondStep = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('code') ?? '');
    void run(async () => {
      try {
        const result = await call(
          api.auth.login['second-factor'].$post({
            json: useRecovery ? { challenge, recoveryCode: value } : { challenge, code: value },
          }),
        );
        setCsrfToken(result.csrfToken);
        await refresh();
      } catch (error) {
        if ((error as { code?: string }).code === 'challenge_expired') setChallenge('');
        throw error;
      }
    });
  };

  const error = problem && (
    <p className="notice notice--error" role="alert">
      {problem}
    </p>
  );

  if (challenge) {
    return (
      <form className="form panel narrow" onSubmit={secondStep} aria-labelledby="second-step-heading">
        <h1 id="second-step-heading">Enter your code</h1>
        <label>
          {useRecovery ? 'Recovery code' : 'Six-digit code from your authenticator app'}
          <input
            className="input"
            name="code"
            key={useRecovery ? 'recovery' : 'totp'}
            required
            autoComplete="one-time-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            ref={codeInput}
          />
        </label>
        {error}
        <div className="button-row">
          <button className="button button--primary" type="submit" disabled={busy}>
            Sign in
          </button>
          <button className="link-button" type="button" onClick={() => setUseRecovery(!useRecovery)}>
            {useRecovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form className="form panel narrow" onSubmit={signIn} aria-labelledby="sign-in-heading">
      <p className="eyebrow">Adviser workspace</p>
      <h1 id="sign-in-heading">Sign in</h1>
      <p className="muted">Advisers join by invitation from an Offramp admin.</p>
      <label>
        Email
        <input className="input" name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input className="input" name="password" type="password" autoComplete="current-password" required />
      </label>
      {error}
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
