import type { InferResponseType } from 'hono/client';
import { startTransition, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { BackgroundId } from '../../../core/fit/backgrounds';
import { BACKGROUNDS, backgroundIds } from '../../../core/fit/backgrounds';
import { TRACKS } from '../../../core/fit/tracks';
import { ApiProblem, call } from '../api-call';
import { api } from '../api-client';
import { AdviserBookmark } from '../components/adviser-bookmark';
import { FitCorrectionPanel } from '../components/fit-correction-panel';
import { EMPLOYMENT_LABEL, fitLabel, formatSalary, postedAge, REMOTE_LABEL } from '../format';
import { SaveButton } from '../saved/save-button';
import { useBackgroundChoice } from '../search/background-choice';
import { paramValue } from '../search/search-url';
import { useDocumentTitle } from '../use-document-title';
import { CurationPanel } from '../workspace/curation-panel';

type LeadView = InferResponseType<(typeof api.leads)[':id']['$get'], 200>;
type State =
  | { status: 'loading' }
  | { status: 'ready'; lead: LeadView }
  | { status: 'missing' }
  | { status: 'error'; message: string };

const dateText = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }) : null;

export function LeadPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const cameFrom = (location.state as { backTo?: string } | null)?.backTo;
  const backTo = cameFrom ?? '/';
  const [state, setState] = useState<State>({ status: 'loading' });
  // A shared link may name the background (?background=); otherwise the choice kept in this browser.
  const [params] = useSearchParams();
  const [chosen] = useBackgroundChoice();
  const fromUrl = paramValue(params, 'background');
  const background: BackgroundId | '' = (backgroundIds as readonly string[]).includes(fromUrl)
    ? (fromUrl as BackgroundId)
    : chosen;
  useDocumentTitle(state.status === 'ready' ? `${state.lead.title} at ${state.lead.company}` : 'Job');

  // An admin's correction rescores the lead: read it again in place, keeping the page as it is.
  const [rescored, setRescored] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    if (rescored === 0) setState({ status: 'loading' });
    call(
      api.leads[':id'].$get(
        { param: { id }, query: background ? { background } : {} },
        { init: { signal: controller.signal } },
      ),
    )
      // A long description renders in slices rather than one long task on a slow phone.
      .then((lead) => startTransition(() => setState({ status: 'ready', lead })))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblem && (error.status === 404 || error.status === 400))
          return setState({ status: 'missing' });
        setState({
          status: 'error',
          message:
            error instanceof ApiProblem && error.code === 'network'
              ? 'Offramp could not be reached. Check your connection.'
              : 'Offramp had a problem loading this job.',
        });
      });
    return () => controller.abort();
  }, [id, background, rescored]);

  const back = (
    <p className="back-link">
      <Link
        to={backTo}
        onClick={(event) => {
          // Opened from the results: step back in history, so the list comes back where it was scrolled.
          if (!cameFrom || window.history.length < 2) return;
          event.preventDefault();
          navigate(-1);
        }}
      >
        ← Back to {backTo === '/saved' ? 'saved jobs' : 'results'}
      </Link>
    </p>
  );
  // The loading line holds a screen's height, so the footer does not jump when the job arrives.
  if (state.status === 'loading')
    return (
      <p className="page-loading" aria-live="polite">
        Loading the job…
      </p>
    );
  if (state.status === 'missing') {
    return (
      <section className="page-intro" aria-labelledby="missing-heading">
        {back}
        <h1 id="missing-heading">This job is no longer here</h1>
        <p className="lede">
          It may have been removed by its employer or hidden by an adviser. Search again for similar jobs.
        </p>
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="notice notice--error" role="alert">
        <h1>The job did not load</h1>
        <p>{state.message} Try again in a moment.</p>
      </div>
    );
  }
  const { lead } = state;
  const fit = lead.fit;
  const salary = formatSalary(lead.salary);
  return (
    <article className="lead" aria-labelledby="lead-title">
      {back}
      <header className="lead__header">
        <p className="eyebrow">{lead.company}</p>
        <h1 id="lead-title">{lead.title}</h1>
        <p className="lead__meta">
          {[
            lead.location ?? (lead.remote ? REMOTE_LABEL[lead.remote] : null),
            lead.employmentType ? EMPLOYMENT_LABEL[lead.employmentType] : null,
            salary,
            postedAge(lead.postedAt),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {lead.status === 'closed' && (
          <p className="notice notice--warning">
            This job has closed{lead.closedReason ? ` (${lead.closedReason})` : ''}.
          </p>
        )}
        {lead.excluded && (
          <p className="notice notice--warning">Hidden from search by default: {lead.excluded.reason}.</p>
        )}
        {lead.curated && (
          <p className="notice">Picked by an adviser{lead.curated.note ? `: ${lead.curated.note}` : '.'}</p>
        )}
        <div className="lead__actions">
          {lead.applyUrl && lead.status === 'open' && (
            <a
              className="button button--primary"
              href={lead.applyUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              Apply on the employer’s site
            </a>
          )}
          <Link className="button button--secondary" to={`/resume?lead=${encodeURIComponent(lead.id)}`}>
            Tailor my resume to this job
          </Link>
          <SaveButton
            job={{
              id: lead.id,
              title: lead.title,
              company: lead.company,
              where: lead.location ?? (lead.remote ? (REMOTE_LABEL[lead.remote] ?? null) : null),
              pay: salary,
            }}
          />
          <AdviserBookmark leadId={lead.id} title={lead.title} />
        </div>
        <CurationPanel
          leadId={lead.id}
          current={{ pinned: Boolean(lead.curated), note: lead.curated?.note ?? null }}
        />
        <FitCorrectionPanel
          leadId={lead.id}
          current={{
            occupations: lead.fit?.occupations ?? [],
            tracks: lead.fit?.tracks ?? [],
            corrected: Boolean(lead.fit?.corrected),
          }}
          onSaved={() => setRescored((n) => n + 1)}
        />
      </header>

      <div className="lead__body">
        <section className="lead__description" aria-labelledby="desc-heading">
          <h2 id="desc-heading">About the job</h2>
          {/* Sanitised with an allow-list when it was crawled (core/normalise/html.ts). */}
          <div
            className="prose"
            dangerouslySetInnerHTML={{
              __html: lead.descriptionHtml || '<p>The employer gave no description.</p>',
            }}
          />
        </section>

        <aside className="lead__fit" aria-labelledby="fit-heading">
          <h2 id="fit-heading">Why it may fit you</h2>
          {fit ? (
            <>
              <p className={`badge badge--fit badge--${fitLabel(fit.score).tone}`}>
                {fitLabel(fit.score).label}{' '}
                <span className="badge__score">{Math.round(fit.score * 100)}%</span>
              </p>
              {background && <p className="muted">For your background: {BACKGROUNDS[background].label}</p>}
              <ul className="reasons">
                {fit.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {fit.tracks.length > 0 && (
                <>
                  <h3>Career tracks</h3>
                  <ul className="tags">
                    {fit.tracks.map((t) => (
                      <li key={t}>{TRACKS[t as keyof typeof TRACKS]?.label ?? t}</li>
                    ))}
                  </ul>
                </>
              )}
              {fit.occupations.length > 0 && (
                <>
                  <h3>Occupations (O*NET)</h3>
                  <ul className="occupations">
                    {fit.occupations.map((o) => (
                      <li key={o.code}>
                        <a
                          href={`https://www.onetonline.org/link/summary/${o.code}`}
                          target="_blank"
                          rel="noopener noreferrer"
                        >
                          {o.title}
                        </a>{' '}
                        <span className="muted">{o.code}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ) : (
            <p>This job has not been scored yet.</p>
          )}
          <h3>Dates</h3>
          <dl className="dates">
            {lead.postedAt && (
              <>
                <dt>Posted</dt>
                <dd>
                  {dateText(lead.postedAt)}
                  {lead.postedAtApproximate ? ' (approximate)' : ''}
                </dd>
              </>
            )}
            <dt>Closes</dt>
            <dd>{dateText(lead.closesAt) ?? 'No closing date given'}</dd>
            <dt>First seen by Offramp</dt>
            <dd>{dateText(lead.firstSeen)}</dd>
          </dl>
        </aside>
      </div>
    </article>
  );
}
