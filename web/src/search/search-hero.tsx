import { useId } from 'react';
import type { BackgroundId } from '../../../core/fit/backgrounds';
import { BACKGROUNDS, backgroundIds } from '../../../core/fit/backgrounds';

/** The heading, the search box and the "I was a" background choice. */
export function SearchHero(props: {
  typed: string;
  onType: (text: string) => void;
  background: BackgroundId | '';
  onBackground: (id: BackgroundId | '') => void;
}) {
  const inputId = useId();
  const backgroundId = useId();
  return (
    <section className="hero hero--compact" aria-labelledby="search-heading">
      <h1 id="search-heading">Find civilian work that fits what you already do well</h1>
      <search>
        <form className="search-bar" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={inputId} className="search-bar__label">
            Job title, skill or employer
          </label>
          <div className="search-bar__row">
            <input
              id={inputId}
              name="q"
              type="search"
              value={props.typed}
              onChange={(e) => {
                performance.mark('offramp:keystroke');
                props.onType(e.target.value);
              }}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              placeholder="e.g. fraud investigator, AML"
              className="input"
            />
          </div>
          <div className="search-bar__options">
            <label htmlFor={backgroundId}>I was a</label>
            <select
              id={backgroundId}
              className="select"
              value={props.background}
              onChange={(e) => props.onBackground(e.target.value as BackgroundId | '')}
            >
              <option value="">any law-enforcement or admin role</option>
              {backgroundIds.map((id) => (
                <option key={id} value={id}>
                  {BACKGROUNDS[id].iWasA}
                </option>
              ))}
            </select>
            <span className="hint">Kept only in this browser; it ranks jobs by fit for you.</span>
          </div>
        </form>
      </search>
    </section>
  );
}
