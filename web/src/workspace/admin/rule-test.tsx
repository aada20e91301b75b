import type { InferResponseType } from 'hono/client';
import { useState } from 'react';
import type { ExclusionRule } from '../../../../core/fit/exclusions';
import { call, problemText } from '../../api-call';
import { api } from '../../api-client';

type Result = InferResponseType<typeof api.admin.exclusions.test.$post, 200>;

/** The rule the "Add a rule" form describes. */
export function ruleFrom(form: FormData): ExclusionRule {
  return {
    id: String(form.get('id') ?? '').trim(),
    kind: form.get('kind') === 'pattern' ? 'pattern' : 'employer',
    match: String(form.get('match') ?? '').trim(),
    reason: String(form.get('reason') ?? '').trim(),
  };
}

/**
 * Tries the rule being written against a title (and employer) before saving it, and says how many
 * open jobs it would hide, with a few of them. Reads the enclosing form, so nothing typed is lost.
 */
export function RuleTest() {
  const [title, setTitle] = useState('');
  const [company, setCompany] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState('');
  const run = async (button: HTMLButtonElement) => {
    const form = button.form;
    if (!form) return;
    setProblem('');
    setResult(null);
    const rule = ruleFrom(new FormData(form));
    try {
      setResult(
        await call(
          api.admin.exclusions.test.$post({
            json: { rule: { ...rule, id: rule.id || 'draft' }, title, company },
          }),
        ),
      );
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  return (
    <fieldset className="rule-test">
      <legend>Test before saving</legend>
      <div className="form-row">
        <label>
          A job title
          <input
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Detention Officer"
          />
        </label>
        <label>
          Employer (optional)
          <input className="input" value={company} onChange={(e) => setCompany(e.target.value)} />
        </label>
      </div>
      <button className="button button--secondary" type="button" onClick={(e) => void run(e.currentTarget)}>
        Test this rule
      </button>
      <div aria-live="polite">
        {result && (
          <p className="status-line">
            {title || company
              ? result.matchesSample
                ? 'It matches that job. '
                : 'It does not match that job. '
              : ''}
            It would hide {result.count.toLocaleString('en-US')} open {result.count === 1 ? 'job' : 'jobs'}{' '}
            now
            {result.examples.length > 0
              ? `, such as ${result.examples.map((e) => `${e.title} (${e.company})`).join('; ')}`
              : ''}
            .
          </p>
        )}
        {problem && (
          <p className="notice notice--error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </fieldset>
  );
}
