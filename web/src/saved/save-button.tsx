import type { SavedJob } from './saved-jobs';
import { saveJob, unsaveJob, useSavedJobs } from './saved-jobs';

/** "Save" keeps the job in this browser only; pressing it again removes it. */
export function SaveButton({ job }: { job: Omit<SavedJob, 'savedAt'> }) {
  const saved = useSavedJobs().some((j) => j.id === job.id);
  return (
    <button
      type="button"
      className="button button--quiet save-button"
      aria-pressed={saved}
      onClick={() => (saved ? unsaveJob(job.id) : saveJob(job))}
    >
      {saved ? 'Saved' : 'Save'}
      <span className="visually-hidden"> {job.title}</span>
    </button>
  );
}
