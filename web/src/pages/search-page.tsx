import { useId } from 'react';
import { Form, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../use-document-title';
import { useServiceStatus } from '../use-service-status';

export function SearchPage() {
  useDocumentTitle('Search jobs');
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const status = useServiceStatus();
  const inputId = useId();

  return (
    <>
      <section className="hero" aria-labelledby="search-heading">
        <p className="eyebrow">For people leaving ICE, CBP, policing and federal admin work</p>
        <h1 id="search-heading">Find civilian work that fits what you already do well</h1>
        <p className="lede">
          Investigations, interviewing, report writing, compliance, security: employers outside enforcement
          hire for these every day. Search public listings, scored for your background, without an account.
        </p>
        <Form method="get" action="/" role="search" className="search-bar">
          <label htmlFor={inputId} className="search-bar__label">
            Job title, skill or employer
          </label>
          <div className="search-bar__row">
            <input
              id={inputId}
              name="q"
              type="search"
              defaultValue={query}
              autoComplete="off"
              spellCheck={false}
              placeholder="e.g. fraud investigator"
              className="input"
            />
            <button type="submit" className="button button--primary">
              Search
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="results-heading" className="panel">
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        {status.state === 'loading' && <p aria-live="polite">Checking the service…</p>}
        {status.state === 'down' && (
          <div className="notice notice--error" role="alert">
            <h3>Search is unavailable right now</h3>
            <p>{status.message} Try again in a minute; nothing you typed was stored.</p>
          </div>
        )}
        {status.state === 'ok' && (
          <div className="empty-state" aria-live="polite">
            <h3>No job leads yet</h3>
            <p>
              Leads appear here after the first crawl of public job boards. If you run Offramp yourself, try{' '}
              <code>npm run demo</code> to load sample employers, or add sources and crawl.
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="promise-heading" className="promises">
        <h2 id="promise-heading">How Offramp protects you</h2>
        <ul className="promise-list">
          <li>
            <h3>No account, no name</h3>
            <p>Searching and building a resume need no sign-up. Your choices stay in this browser.</p>
          </li>
          <li>
            <h3>Searches are not logged</h3>
            <p>The server records that a search happened, never what you searched for or where you are.</p>
          </li>
          <li>
            <h3>Your resume stays here</h3>
            <p>The resume builder runs in your browser. Nothing is sent unless you choose to share it.</p>
          </li>
        </ul>
      </section>
    </>
  );
}
