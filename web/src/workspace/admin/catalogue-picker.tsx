import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'react';
import { PLATFORM_NOTES } from '../../../../core/catalogue-notes';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';
import { ProblemNotice } from '../../components/problem-notice';
import { SOURCE_FIELDS } from './source-fields';

type Entry = InferResponseType<typeof api.admin.catalogue.$get, 200>['entries'][number];

const CATEGORY: Record<string, string> = {
  'insurer-siu': 'Insurers: special investigation units',
  'bank-fraud-aml': 'Banks and payments: fraud and AML',
  'retail-asset-protection': 'Retailers: asset protection',
  'platform-trust-safety': 'Platforms: trust and safety',
  'security-firm': 'Security firms',
  'state-county': 'State, county and city agencies',
  'federal-series': 'Federal jobs by occupational series',
};

/** "Add from catalogue": pick employers from the starter catalogue and add them as sources. */
export function CataloguePicker({ onAdded, onCancel }: { onAdded: () => void; onCancel: () => void }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call(api.admin.catalogue.$get())
      .then((r) => setEntries(r.entries))
      .catch((error: unknown) => setProblem(problemText(error)));
  }, []);

  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const add = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await call(api.admin.catalogue.$post({ json: { ids: [...chosen] } }));
      setResult(
        `Added ${r.added.length} source${r.added.length === 1 ? '' : 's'}.` +
          (r.problems.length ? ` Not added: ${r.problems.join('; ')}` : ''),
      );
      setChosen(new Set());
      onAdded();
      const fresh = await call(api.admin.catalogue.$get());
      setEntries(fresh.entries);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };

  const groups = Object.keys(CATEGORY).map((category) => ({
    category,
    items: (entries ?? []).filter((e) => e.category === category),
  }));

  return (
    <section className="panel" aria-labelledby="catalogue-heading">
      <h3 id="catalogue-heading">Add from catalogue</h3>
      <p className="muted">
        Employers and public bodies that hire investigators, fraud, compliance, security and
        emergency-management staff. Each board was found in public material; pick the ones to crawl.
      </p>
      <ProblemNotice message={problem ?? ''} />
      {result !== null && (
        <p className="status-line" role="status">
          {result}
        </p>
      )}
      {!entries && !problem && <p className="muted">Loading the catalogue…</p>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <fieldset key={g.category}>
            <legend>{CATEGORY[g.category]}</legend>
            {[...new Set(g.items.map((e) => e.type))].map((type) =>
              PLATFORM_NOTES[type] ? (
                <p key={type} className="muted">
                  {PLATFORM_NOTES[type]}
                </p>
              ) : null,
            )}
            {g.items.map((e) => (
              <label key={e.id} className="check-row">
                <input
                  type="checkbox"
                  checked={e.added || chosen.has(e.id)}
                  disabled={e.added}
                  onChange={() => toggle(e.id)}
                />{' '}
                {e.name}{' '}
                <span className="muted">
                  ({SOURCE_FIELDS[e.type].label}
                  {e.added ? ', added' : ''})
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      <div className="form-actions">
        <button
          className="button button--primary"
          type="button"
          disabled={busy || chosen.size === 0}
          onClick={add}
        >
          {busy ? 'Adding…' : `Add ${chosen.size || ''} selected`.replace('  ', ' ')}
        </button>{' '}
        <button className="button" type="button" onClick={onCancel}>
          Close
        </button>
      </div>
    </section>
  );
}
