import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { call, problemText } from '../api-call';
import { api, setCsrfToken } from '../api-client';
import { ProblemNotice } from '../components/problem-notice';
import { useDocumentTitle } from '../use-document-title';
import { useSession } from '../workspace/session';

/** Joining as an adviser through an admin's single-use invite link. */
export function JoinPage() {
  useDocumentTitle('Join Offramp');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [role, setRole] = useState<'admin' | 'adviser' | null>(null);
  const [gone, setGone] = useState('');
  const [problem, setProblem] = useState('');
  useEffect(() => {
    call(api.invites[':token'].$get({ param: { token } }))
      .then((r) => setRole(r.role))
      .catch((error: unknown) => setGone(problemText(error)));
  }, [token]);

  const join = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) {
      setProblem('confirm: the two passwords are not the same');
      return;
    }
    setProblem('');
    try {
      const result = await call(
        api.invites[':token'].accept.$post({
          param: { token },
          json: { email: String(form.get('email') ?? ''), password },
        }),
      );
      setCsrfToken(result.csrfToken);
      await refresh();
      navigate(result.adviser.role === 'admin' ? '/workspace/account' : '/workspace');
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  if (gone) {
    return (
      <section className="page-intro" aria-labelledby="join-gone">
        <h1 id="join-gone">This invite does not work</h1>
        <p className="lede">{gone}</p>
        <p>Ask the admin who invited you for a new link.</p>
      </section>
    );
  }
  if (!role) return <p aria-live="polite">Checking the invite…</p>;
  return (
    <form className="form panel narrow" onSubmit={join} aria-labelledby="join-heading">
      <p className="eyebrow">You are invited</p>
      <h1 id="join-heading">Join Offramp as {role === 'admin' ? 'an admin' : 'an adviser'}</h1>
      <p className="muted">
        Advisers hold sensitive details about people who may be risking their job by asking for help. Use a
        password you use nowhere else{role === 'admin' ? '; you will set up an authenticator app next' : ''}.
      </p>
      <label>
        Email
        <input className="input" name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password (at least 12 characters)
        <input
          className="input"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
        />
      </label>
      <label>
        The same password again
        <input
          className="input"
          name="confirm"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
        />
      </label>
      <ProblemNotice message={problem} />
      <button className="button button--primary" type="submit">
        Create my account
      </button>
    </form>
  );
}
