import type { FormEvent } from 'react';
import { useState } from 'react';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { QrCode } from './qr-code';
import type { Me } from './session';
import { useSession } from './session';

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="panel recovery" role="status">
      <h3>Your recovery codes</h3>
      <p>
        Each one signs you in once if you lose your phone. Keep them somewhere safe and apart from your
        password; they will not be shown again.
      </p>
      <ul className="recovery__codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Setting up, renewing or turning off the authenticator app (TOTP, RFC 6238). */
export function SecondFactorSetup({ me }: { me: Me }) {
  const { refresh } = useSession();
  const [pending, setPending] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [problem, setProblem] = useState('');

  const attempt = async (work: () => Promise<void>) => {
    setProblem('');
    try {
      await work();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const codeFrom = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    return String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s+/g, '');
  };
  const start = () => attempt(async () => setPending(await call(api.auth['second-factor'].setup.$post())));
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    const code = codeFrom(event);
    void attempt(async () => {
      const result = await call(api.auth['second-factor'].enable.$post({ json: { code } }));
      setCodes(result.recoveryCodes);
      setPending(null);
      await refresh();
    });
  };
  const renew = (event: FormEvent<HTMLFormElement>) => {
    const code = codeFrom(event);
    void attempt(async () => {
      setCodes(
        (await call(api.auth['second-factor']['recovery-codes'].$post({ json: { code } }))).recoveryCodes,
      );
      await refresh();
    });
  };
  const turnOff = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    void attempt(async () => {
      await call(api.auth['second-factor'].disable.$post({ json: { password } }));
      await refresh();
    });
  };

  const error = problem && (
    <p className="notice notice--error" role="alert">
      {problem}
    </p>
  );
  const { enabled, required, recoveryCodesLeft } = me.secondFactor;
  return (
    <section className="panel form" aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading">Authenticator app</h2>
      {codes.length > 0 && <RecoveryCodes codes={codes} />}
      {enabled ? (
        <>
          <p>On. Signing in asks for a code from your app. {recoveryCodesLeft} of 10 recovery codes left.</p>
          <form onSubmit={renew} className="form">
            <label>
              New recovery codes: enter a current code from your app
              <input
                className="input"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
              />
            </label>
            <button className="button button--secondary" type="submit">
              Make new recovery codes
            </button>
          </form>
          {!required && (
            <form onSubmit={turnOff} className="form">
              <label>
                Turn off: enter your password
                <input
                  className="input"
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  required
                />
              </label>
              <button className="button button--quiet" type="submit">
                Turn off the authenticator app
              </button>
            </form>
          )}
        </>
      ) : pending ? (
        <form onSubmit={confirm} className="form">
          <p>Scan this code with an authenticator app, or type the key in by hand.</p>
          <QrCode text={pending.uri} label="QR code for your authenticator app" />
          <p>
            Key: <code className="secret">{pending.secret.match(/.{1,4}/g)?.join(' ')}</code>
          </p>
          <label>
            The six-digit code your app shows now
            <input className="input" name="code" inputMode="numeric" autoComplete="one-time-code" required />
          </label>
          <button className="button button--primary" type="submit">
            Turn on
          </button>
        </form>
      ) : (
        <>
          <p>
            {required
              ? 'Admins must use an authenticator app. Set one up to reach the admin pages.'
              : 'Recommended: you hold sensitive details about the people you help.'}
          </p>
          <button className="button button--primary" type="button" onClick={() => void start()}>
            Set up an authenticator app
          </button>
        </>
      )}
      {error}
    </section>
  );
}
