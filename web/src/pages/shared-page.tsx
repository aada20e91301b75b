import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { renderPlainText } from '../../../templates/render-text';
import { call, problemText } from '../api-call';
import { api } from '../api-client';
import { formatSalary } from '../format';
import { useDocumentTitle } from '../use-document-title';
import { BOOKMARK_STAGE_LABEL } from '../workspace/labels';

type Shared = InferResponseType<(typeof api.share)[':token']['$get'], 200>;

/** What a client sees through a private link: only the fields their adviser ticked, and nothing else. */
export function SharedPage() {
  const { token = '' } = useParams();
  const [shared, setShared] = useState<Shared | null>(null);
  const [problem, setProblem] = useState('');
  useDocumentTitle('Your shortlist');
  useEffect(() => {
    call(api.share[':token'].$get({ param: { token } }))
      .then(setShared)
      .catch((error: unknown) => setProblem(problemText(error)));
  }, [token]);

  if (problem) {
    return (
      <section className="page-intro" aria-labelledby="shared-gone">
        <h1 id="shared-gone">This link does not work</h1>
        <p className="lede">{problem}</p>
        <p>Ask your adviser for a new one, the way you usually contact them.</p>
      </section>
    );
  }
  if (!shared) return <p aria-live="polite">Loading your shortlist…</p>;
  return (
    <div className="shared-page">
      <section className="page-intro" aria-labelledby="shared-heading">
        <p className="eyebrow">Private shortlist</p>
        <h1 id="shared-heading">Jobs your adviser picked for you</h1>
        <p className="lede">
          Only people with this link can see this page. It stops working when it expires or your adviser
          withdraws it.
        </p>
      </section>
      {shared.shortlist.length === 0 ? (
        <p className="empty-state">Your adviser has not added any jobs yet.</p>
      ) : (
        <ol className="tile-list shortlist">
          {shared.shortlist.map((b, i) => (
            <li key={`${i}-${b.title}`} className="tile">
              <p className="tile__meta">
                {b.stage && <span className="badge badge--curated">{BOOKMARK_STAGE_LABEL[b.stage]}</span>}
                {b.leadStatus !== 'open' && (
                  <span className="badge badge--muted">
                    {b.leadStatus === 'closed' ? 'Closed' : 'No longer listed'}
                  </span>
                )}
              </p>
              {b.title && <h2 className="tile__title">{b.title}</h2>}
              {(b.company || b.location) && (
                <p className="tile__meta">{[b.company, b.location].filter(Boolean).join(' · ')}</p>
              )}
              {b.salary && formatSalary(b.salary) && <p className="tile__meta">{formatSalary(b.salary)}</p>}
              {b.note && <p className="card__note">Your adviser’s note: {b.note}</p>}
              {b.url && (
                <a
                  className="button button--secondary"
                  href={b.url}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  See the posting
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
      {shared.resume && (
        <section aria-labelledby="shared-resume">
          <h2 id="shared-resume">The resume draft you shared</h2>
          <pre className="preview">{renderPlainText(shared.resume)}</pre>
        </section>
      )}
    </div>
  );
}
