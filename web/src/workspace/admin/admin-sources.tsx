import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'react';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';
import { ProblemNotice } from '../../components/problem-notice';
import { TableHead } from '../../components/table-head';
import { useDocumentTitle } from '../../use-document-title';
import { CataloguePicker } from './catalogue-picker';
import { previousFound, runOutcome, sourceRunOutcome } from './run-outcome';
import { SOURCE_FIELDS } from './source-fields';
import { SourceForm } from './source-form';

type Listing = InferResponseType<typeof api.admin.sources.$get, 200>;
type Runs = InferResponseType<typeof api.admin.runs.$get, 200>['runs'];
type Row = Listing['sources'][number];

const RUN_STATUS: Record<string, string> = {
  running: 'Running',
  completed: 'Completed',
  empty: 'Completed, no jobs',
  partial: 'Partly failed',
  rate_limited: 'Rate limited',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

function LastRun({ run, runs }: { run: Row['lastRun']; runs: Runs }) {
  if (!run) return <span className="muted">Never run</span>;
  const outcome = sourceRunOutcome(run, previousFound(runs, run.sourceId, run.startedAt), RUN_STATUS);
  return (
    <>
      <span className={outcome.tone === 'warning' ? 'run run--warning' : `run run--${run.status}`}>
        {outcome.text}
      </span>{' '}
      <span className="muted">{new Date(run.startedAt).toLocaleString()}</span>
      <br />
      <span className="muted">
        {run.found} found · {run.new} new · {run.updated} updated · {run.closed} closed
      </span>
      {run.errors.length > 0 && (
        <details>
          <summary>{run.errors.length === 1 ? '1 error' : `${run.errors.length} errors`}</summary>
          <ul className="errors">
            {run.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Sources: add, edit, pause, run now, and each one's last run with its errors. */
export function AdminSources() {
  useDocumentTitle('Sources');
  const [listing, setListing] = useState<Listing | null>(null);
  const [runs, setRuns] = useState<Runs>([]);
  const [editing, setEditing] = useState<Row['source'] | null>(null);
  const [adding, setAdding] = useState(false);
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    try {
      const [sources, recent] = await Promise.all([
        call(api.admin.sources.$get()),
        call(api.admin.runs.$get()),
      ]);
      setListing(sources);
      setRuns(recent.runs);
    } catch (error) {
      setProblem(problemText(error));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  // While a crawl runs, check every two seconds so its result shows up without a reload.
  useEffect(() => {
    if (!listing?.crawling) return;
    const timer = setTimeout(() => void load(), 2000);
    return () => clearTimeout(timer);
  }, [listing, load]);

  const act = async (work: () => Promise<unknown>) => {
    setProblem('');
    try {
      await work();
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      {listing?.crawling && (
        <p className="status-line" role="status">
          A crawl is running…
        </p>
      )}
      <ProblemNotice message={problem} />
      {editing && (
        <SourceForm
          key={editing.id}
          editing={editing}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {adding ? (
        <SourceForm
          onSaved={() => {
            setAdding(false);
            void load();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <>
          <button className="button button--primary" type="button" onClick={() => setAdding(true)}>
            Add a source
          </button>{' '}
          <button className="button" type="button" onClick={() => setPicking(true)}>
            Add from catalogue
          </button>
        </>
      )}
      {picking && <CataloguePicker onAdded={() => void load()} onCancel={() => setPicking(false)} />}
      {listing && listing.invalid.length > 0 && (
        <div className="notice notice--warning" role="status">
          <h3>Sources that need fixing</h3>
          <p>These were saved before a rule changed, and are not crawled until they are fixed.</p>
          <ul>
            {listing.invalid.map((bad) => (
              <li key={bad.id}>
                <strong>{bad.id}</strong>: {bad.problem}{' '}
                <button
                  className="link-button"
                  type="button"
                  // The stored settings prefill the form; the server checks them again on save.
                  onClick={() => setEditing(bad.raw as Row['source'])}
                >
                  Fix
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {listing && listing.sources.length === 0 && listing.invalid.length === 0 && (
        <p className="empty-state">No sources yet. Add one to start crawling.</p>
      )}
      {listing && listing.sources.length > 0 && (
        <table className="table">
          <TableHead columns={['Source', 'Last run', 'Actions']} />
          <tbody>
            {listing.sources.map(({ source, lastRun }) => (
              <tr key={source.id} className={source.enabled ? undefined : 'row--paused'}>
                <td>
                  <strong>{source.name ?? source.id}</strong>
                  <br />
                  <span className="muted">
                    {SOURCE_FIELDS[source.type].label}
                    {source.enabled ? '' : ' · paused'}
                  </span>
                </td>
                <td>
                  <LastRun run={lastRun} runs={runs} />
                </td>
                <td>
                  <div className="actions">
                    <button
                      className="button button--secondary"
                      type="button"
                      disabled={listing.crawling}
                      onClick={() =>
                        void act(() => call(api.admin.sources[':id'].run.$post({ param: { id: source.id } })))
                      }
                    >
                      Run now
                    </button>
                    <button
                      className="button button--quiet"
                      type="button"
                      onClick={() =>
                        void act(() =>
                          call(
                            api.admin.sources[':id'].$patch({
                              param: { id: source.id },
                              json: { enabled: !source.enabled },
                            }),
                          ),
                        )
                      }
                    >
                      {source.enabled ? 'Pause' : 'Resume'}
                    </button>
                    <button className="button button--quiet" type="button" onClick={() => setEditing(source)}>
                      Edit
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {runs.length > 0 && (
        <>
          <h3>Recent crawl runs</h3>
          <table className="table">
            <TableHead columns={['Started', 'Started by', 'Status', 'Sources']} />
            <tbody>
              {runs.map((run, index) => {
                const outcome = runOutcome(runs, index);
                const failed = run.sources.filter((x) => x.status !== 'completed' && x.status !== 'running');
                const found = run.sources.reduce((n, x) => n + x.found, 0);
                return (
                  <tr key={run.id}>
                    <td>{new Date(run.startedAt).toLocaleString()}</td>
                    <td>
                      {run.trigger === 'schedule'
                        ? 'Schedule'
                        : run.trigger === 'admin'
                          ? 'Admin'
                          : run.trigger}
                    </td>
                    <td>
                      <span className={outcome.tone === 'warning' ? 'run run--warning' : undefined}>
                        {outcome.text}
                      </span>
                    </td>
                    <td>
                      {run.sources.length} crawled, {found} jobs found
                      {failed.length > 0 && (
                        <span className="run run--failed">
                          {' '}
                          · {failed.length} with problems: {failed.map((x) => x.sourceId).join(', ')}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
