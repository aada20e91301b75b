import { Link } from 'react-router';
import { savedJobSchema } from '../saved/saved-job-schema';
import { unsaveJob, useSavedJobs } from '../saved/saved-jobs';
import { useDocumentTitle } from '../use-document-title';

export function SavedPage() {
  useDocumentTitle('Saved jobs');
  // Entries that fail the schema (edited by hand, an older format) are left out rather than shown broken.
  const jobs = useSavedJobs().flatMap((job) => {
    const parsed = savedJobSchema.safeParse(job);
    return parsed.success ? [parsed.data] : [];
  });
  return (
    <section className="saved-page" aria-labelledby="saved-heading">
      <h1 id="saved-heading">Saved jobs</h1>
      <p className="lede">
        Kept in this browser only: Offramp’s server does not know what you saved. “Delete everything on this
        device”, at the foot of the page, removes them.
      </p>
      {jobs.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing saved yet</h2>
          <p>
            Press “Save” on a job in <Link to="/">the search results</Link> or on its page to keep it here.
          </p>
        </div>
      ) : (
        <ol className="result-list">
          {jobs.map((job) => (
            <li key={job.id}>
              <article className="card" aria-labelledby={`saved-${job.id}`}>
                <h2 className="card__title" id={`saved-${job.id}`}>
                  <Link to={`/leads/${job.id}`} state={{ backTo: '/saved' }}>
                    {job.title}
                  </Link>
                </h2>
                <p className="card__meta">
                  <span className="card__company">{job.company}</span>
                  {job.where && <span>{job.where}</span>}
                  {job.pay && <span>{job.pay}</span>}
                  <span>
                    Saved{' '}
                    {new Date(job.savedAt).toLocaleDateString('en-US', { month: 'long', day: 'numeric' })}
                  </span>
                </p>
                <button type="button" className="button button--quiet" onClick={() => unsaveJob(job.id)}>
                  Remove<span className="visually-hidden"> {job.title}</span>
                </button>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
