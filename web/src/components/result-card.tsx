import { Link } from 'react-router';
import type { SearchHit } from '../../../core/search/search-query';
import { fitLabel, formatSalary, postedAge, REMOTE_LABEL } from '../format';
import { SaveButton } from '../saved/save-button';
import { AdviserBookmark } from './adviser-bookmark';

/** Highlighted fragments arrive as HTML the server escaped and marked; only <mark> can appear in them. */
function Marked({ html, fallback }: { html: string | undefined; fallback: string }) {
  return html ? <span dangerouslySetInnerHTML={{ __html: html }} /> : fallback;
}

export function ResultCard({ hit, backTo }: { hit: SearchHit; backTo: string }) {
  const salary = formatSalary(hit.salary);
  const age = postedAge(hit.postedAt);
  const where =
    hit.remote === 'remote' && !hit.city
      ? 'Remote'
      : [hit.location, hit.remote && hit.remote !== 'onsite' ? REMOTE_LABEL[hit.remote] : null]
          .filter(Boolean)
          .join(' · ');
  const fit = hit.fitScore !== null ? fitLabel(hit.fitScore) : null;
  return (
    <article className="card" aria-labelledby={`hit-${hit.id}`}>
      <div className="card__badges">
        {hit.curated && <span className="badge badge--curated">Picked by an adviser</span>}
        {fit && (
          <span className={`badge badge--fit badge--${fit.tone}`}>
            {fit.label} <span className="badge__score">{Math.round((hit.fitScore ?? 0) * 100)}%</span>
          </span>
        )}
        {hit.enforcementRole && <span className="badge badge--muted">Enforcement role</span>}
        {hit.status === 'closed' && <span className="badge badge--muted">Closed</span>}
      </div>
      <h3 className="card__title" id={`hit-${hit.id}`}>
        <Link to={`/leads/${hit.id}`} state={{ backTo }}>
          <Marked html={hit.highlight.title} fallback={hit.title} />
        </Link>
      </h3>
      <p className="card__meta">
        <span className="card__company">{hit.company}</span>
        {where && <span>{where}</span>}
        {salary && <span>{salary}</span>}
        {age && <span>{age}</span>}
      </p>
      {hit.excluded && <p className="card__excluded">Hidden by default: {hit.excluded.reason}</p>}
      {hit.topReason && <p className="card__reason">{hit.topReason}</p>}
      {hit.curated?.note && <p className="card__note">Adviser’s note: {hit.curated.note}</p>}
      {hit.highlight.description && (
        <p className="card__snippet">
          <Marked html={hit.highlight.description} fallback="" />
        </p>
      )}
      <div className="card__actions">
        <SaveButton
          job={{ id: hit.id, title: hit.title, company: hit.company, where: where || null, pay: salary }}
        />
        <AdviserBookmark leadId={hit.id} title={hit.title} />
      </div>
    </article>
  );
}
