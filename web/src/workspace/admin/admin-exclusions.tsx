import type { InferResponseType } from 'hono/client';
import type { FormEvent } from 'react';
import { useCallback, useEffect, useState } from 'react';
import type { ExclusionRule } from '../../../../core/fit/exclusions';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';
import { ProblemNotice } from '../../components/problem-notice';
import { TableHead } from '../../components/table-head';
import { useDocumentTitle } from '../../use-document-title';
import { RuleTest, ruleFrom } from './rule-test';

type State = InferResponseType<typeof api.admin.exclusions.$get, 200>;
type Hits = InferResponseType<typeof api.admin.exclusions.hits.$get, 200>['hits'];

/** Which employers and postings are hidden by default, each with a reason seekers can read. */
export function AdminExclusions() {
  useDocumentTitle('Exclusions');
  const [state, setState] = useState<State | null>(null);
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState('');
  const [hits, setHits] = useState<Hits | null>(null);

  const load = useCallback(async () => {
    try {
      setState(await call(api.admin.exclusions.$get()));
      setHits((await call(api.admin.exclusions.hits.$get())).hits);
    } catch (error) {
      setProblem(problemText(error));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!state?.rescore.running) return;
    const timer = setTimeout(() => void load(), 1000);
    return () => clearTimeout(timer);
  }, [state, load]);

  /** True when saved; on a refusal the form keeps what was typed and the message names the rule. */
  const save = async (rules: ExclusionRule[], message: string): Promise<boolean> => {
    setProblem('');
    setSaved('');
    try {
      await call(api.admin.exclusions.$put({ json: { rules } }));
      setSaved(message);
      await load();
      return true;
    } catch (error) {
      setProblem(problemText(error));
      return false;
    }
  };
  const reset = async () => {
    try {
      await call(api.admin.exclusions.$delete());
      setSaved('Back to the bundled rules.');
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!state) return;
    const formElement = event.currentTarget;
    const rule = ruleFrom(new FormData(formElement));
    if (await save([...state.rules, rule], `Rule “${rule.id}” added.`)) formElement.reset();
  };

  if (!state)
    return problem ? <p className="notice notice--error">{problem}</p> : <p aria-live="polite">Loading…</p>;
  const { rescore } = state;
  return (
    <section aria-labelledby="exclusions-heading">
      <h2 id="exclusions-heading">Exclusions</h2>
      <p className="muted">
        Jobs matching these rules are hidden from search unless a seeker asks to see them. Employer rules
        match whole words of the employer’s name; pattern rules are regular expressions over the title and
        description.
        {state.edited ? ' These rules have been edited here.' : ' These are the bundled rules.'}
      </p>
      <p className="status-line" role="status">
        {rescore.running ? `Rescoring jobs: ${rescore.done} of ${rescore.total || '…'}` : saved}
      </p>
      <ProblemNotice message={problem} />
      <form className="panel form" onSubmit={(e) => void add(e)} aria-label="Add an exclusion rule">
        <h3>Add a rule</h3>
        <div className="form-row">
          <label>
            Id
            <input
              className="input"
              name="id"
              required
              pattern="[a-z0-9\-]{2,60}"
              placeholder="e.g. employer-acme-detention"
            />
          </label>
          <label>
            Kind
            <select className="select" name="kind">
              <option value="employer">Employer name</option>
              <option value="pattern">Pattern</option>
            </select>
          </label>
          <label>
            Match
            <input className="input" name="match" required minLength={3} />
          </label>
        </div>
        <label>
          Reason, as a seeker will read it
          <input className="input" name="reason" required minLength={5} />
        </label>
        <RuleTest />
        <button className="button button--primary" type="submit">
          Add rule
        </button>
      </form>
      <table className="table">
        <TableHead columns={['Rule', 'Matches', 'Open jobs it matches', 'Reason']} action />
        <tbody>
          {state.rules.map((rule) => (
            <tr key={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>
                {rule.kind === 'employer' ? 'Employer: ' : 'Pattern: '}
                <code>{rule.match}</code>
              </td>
              <td>
                {hits?.[rule.id] === undefined ? (
                  <span className="muted">…</span>
                ) : (
                  <span title={hits[rule.id]?.examples.map((e) => `${e.title} (${e.company})`).join('\n')}>
                    {hits[rule.id]?.count.toLocaleString('en-US')}
                  </span>
                )}
              </td>
              <td>{rule.reason}</td>
              <td>
                <button
                  className="button button--quiet"
                  type="button"
                  aria-label={`Remove rule ${rule.id}`}
                  onClick={() =>
                    void save(
                      state.rules.filter((r) => r.id !== rule.id),
                      `Rule “${rule.id}” removed.`,
                    )
                  }
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.edited && (
        <button className="button button--secondary" type="button" onClick={() => void reset()}>
          Go back to the bundled rules
        </button>
      )}
    </section>
  );
}
