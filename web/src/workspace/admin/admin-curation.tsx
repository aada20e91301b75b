import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';
import { ProblemNotice } from '../../components/problem-notice';
import { TableHead } from '../../components/table-head';
import { useDocumentTitle } from '../../use-document-title';

type Curated = InferResponseType<typeof api.admin.curation.$get, 200>['leads'];
type Decision = 'all' | 'pinned' | 'hidden' | 'tracks' | 'note';

const DECISIONS: Record<Decision, string> = {
  all: 'Every decision',
  pinned: 'Pinned',
  hidden: 'Hidden',
  tracks: 'Tracks corrected',
  note: 'With a note',
};

/** Case- and accent-blind text for matching what an admin types against titles, employers and notes. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Leads an admin has pinned, hidden or re-tracked; each decision can be undone here. */
export function AdminCuration() {
  useDocumentTitle('Curation');
  const [leads, setLeads] = useState<Curated | null>(null);
  const [problem, setProblem] = useState('');
  const [query, setQuery] = useState('');
  const [decision, setDecision] = useState<Decision>('all');
  const load = useCallback(async () => {
    try {
      setLeads((await call(api.admin.curation.$get())).leads);
    } catch (error) {
      setProblem(problemText(error));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const undo = async (
    id: string,
    json: { pinned?: boolean; hidden?: boolean; tracks?: null; note?: null },
  ) => {
    try {
      await call(api.admin.leads[':id'].curation.$patch({ param: { id }, json }));
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = (leads ?? []).filter((l) => {
    if (decision === 'pinned' && !l.pinned) return false;
    if (decision === 'hidden' && !l.hidden) return false;
    if (decision === 'tracks' && !l.tracks) return false;
    if (decision === 'note' && !l.note) return false;
    const text = fold(`${l.title} ${l.company} ${l.note ?? ''}`);
    return words.every((w) => text.includes(w));
  });
  return (
    <section aria-labelledby="curation-heading">
      <h2 id="curation-heading">Curation</h2>
      <p className="muted">
        Pin, hide or correct a job from its page (the “Curation” panel appears there for admins). Pinned jobs
        rank first with your note; hidden jobs leave search but are kept.
      </p>
      <ProblemNotice message={problem} />
      {leads && leads.length === 0 && <p className="empty-state">Nothing curated yet.</p>}
      {leads && leads.length > 0 && (
        <search className="button-row" aria-label="Search curated jobs">
          <label className="inline-label">
            Search
            <input
              className="input"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Title, employer or note"
            />
          </label>
          <label className="inline-label">
            Show
            <select
              className="select"
              value={decision}
              onChange={(e) => setDecision(e.target.value as Decision)}
            >
              {Object.entries(DECISIONS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <span className="status-line" aria-live="polite">
            {shown.length === leads.length
              ? `${leads.length} curated ${leads.length === 1 ? 'job' : 'jobs'}`
              : `${shown.length} of ${leads.length} curated jobs`}
          </span>
        </search>
      )}
      {leads && leads.length > 0 && shown.length === 0 && (
        <p className="empty-state">
          No curated job matches.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setQuery('');
              setDecision('all');
            }}
          >
            Clear the search
          </button>
        </p>
      )}
      {shown.length > 0 && (
        <table className="table">
          <TableHead columns={['Job', 'Decision', 'Actions']} />
          <tbody>
            {shown.map((l) => (
              <tr key={l.leadId}>
                <td>
                  <Link to={`/leads/${l.leadId}`}>{l.title}</Link>
                  <br />
                  <span className="muted">{l.company}</span>
                </td>
                <td>
                  {[l.pinned && 'Pinned', l.hidden && 'Hidden', l.tracks && `Tracks: ${l.tracks.join(', ')}`]
                    .filter(Boolean)
                    .join(' · ')}
                  {l.note && <p className="card__note">{l.note}</p>}
                </td>
                <td>
                  <div className="actions">
                    {l.pinned && (
                      <button
                        className="button button--quiet"
                        type="button"
                        onClick={() => void undo(l.leadId, { pinned: false, note: null })}
                      >
                        Unpin
                      </button>
                    )}
                    {l.hidden && (
                      <button
                        className="button button--quiet"
                        type="button"
                        onClick={() => void undo(l.leadId, { hidden: false })}
                      >
                        Show again
                      </button>
                    )}
                    {l.tracks && (
                      <button
                        className="button button--quiet"
                        type="button"
                        onClick={() => void undo(l.leadId, { tracks: null })}
                      >
                        Use scored tracks
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
