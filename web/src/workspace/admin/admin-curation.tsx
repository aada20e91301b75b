import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';
import { ProblemNotice } from '../../components/problem-notice';
import { TableHead } from '../../components/table-head';
import { useDocumentTitle } from '../../use-document-title';

type Curated = InferResponseType<typeof api.admin.curation.$get, 200>['leads'];

/** Leads an admin has pinned, hidden or re-tracked; each decision can be undone here. */
export function AdminCuration() {
  useDocumentTitle('Curation');
  const [leads, setLeads] = useState<Curated | null>(null);
  const [problem, setProblem] = useState('');
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
        <table className="table">
          <TableHead columns={['Job', 'Decision', 'Actions']} />
          <tbody>
            {leads.map((l) => (
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
