import type { Resume, WorkItem } from '../../../core/resume/resume-schema';

/** A small editor for the fields most seekers start from; a full JSON Resume can be imported instead. */
export function ResumeForm({ resume, onChange }: { resume: Resume; onChange: (r: Resume) => void }) {
  const basics = resume.basics ?? {};
  const work = resume.work ?? [];
  const setBasics = (patch: Partial<NonNullable<Resume['basics']>>) =>
    onChange({ ...resume, basics: { ...basics, ...patch } });
  const setJob = (i: number, patch: Partial<WorkItem>) =>
    onChange({ ...resume, work: work.map((w, k) => (k === i ? { ...w, ...patch } : w)) });
  return (
    <div className="resume-form">
      <fieldset className="form-group">
        <legend>About you</legend>
        <label>
          Name (optional — you can leave it out until you send the resume)
          <input
            className="input"
            value={basics.name ?? ''}
            onChange={(e) => setBasics({ name: e.target.value })}
          />
        </label>
        <label>
          Current title
          <input
            className="input"
            value={basics.label ?? ''}
            onChange={(e) => setBasics({ label: e.target.value })}
            placeholder="e.g. Deportation Officer"
          />
        </label>
        <label>
          Summary
          <textarea
            className="input textarea"
            rows={3}
            value={basics.summary ?? ''}
            onChange={(e) => setBasics({ summary: e.target.value })}
          />
        </label>
      </fieldset>
      {work.map((job, i) => (
        <fieldset className="form-group" key={`job-${i.toString()}`}>
          <legend>Job {i + 1}</legend>
          <label>
            Agency or employer
            <input
              className="input"
              value={job.name ?? ''}
              onChange={(e) => setJob(i, { name: e.target.value })}
            />
          </label>
          <label>
            Title
            <input
              className="input"
              value={job.position ?? ''}
              onChange={(e) => setJob(i, { position: e.target.value })}
            />
          </label>
          <label>
            Office or location
            <input
              className="input"
              value={job.location ?? ''}
              onChange={(e) => setJob(i, { location: e.target.value })}
            />
          </label>
          <div className="form-row">
            <label>
              Start (YYYY-MM)
              <input
                className="input"
                value={job.startDate ?? ''}
                onChange={(e) => setJob(i, { startDate: e.target.value || undefined })}
              />
            </label>
            <label>
              End (blank if current)
              <input
                className="input"
                value={job.endDate ?? ''}
                onChange={(e) => setJob(i, { endDate: e.target.value || undefined })}
              />
            </label>
            <label>
              Grade (e.g. GS-12)
              <input
                className="input"
                value={job['x-federal']?.grade ?? ''}
                onChange={(e) =>
                  setJob(i, { 'x-federal': { ...job['x-federal'], grade: e.target.value || undefined } })
                }
              />
            </label>
          </div>
          <label>
            Duties and results, one per line (paste from your position description if you like)
            <textarea
              className="input textarea"
              rows={6}
              value={(job.highlights ?? []).join('\n')}
              onChange={(e) => setJob(i, { highlights: e.target.value.split('\n') })}
            />
          </label>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange({ ...resume, work: work.filter((_, k) => k !== i) })}
          >
            Remove job {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange({ ...resume, work: [...work, { highlights: [] }] })}
      >
        Add a job
      </button>
    </div>
  );
}
