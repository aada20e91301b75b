import type { Chip } from './search-url';

/** Active filters as removable chips above the results, so a change made in the sheet is visible. */
export function ActiveChips(props: {
  chips: Chip[];
  /** A chip that is not a URL filter (the seeker's background), removed by its own action. */
  extra: { key: string; label: string; remove: () => void } | null;
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  onClear: () => void;
}) {
  if (props.chips.length === 0 && !props.extra) return null;
  const { extra } = props;
  return (
    <ul className="chips" aria-label="Active filters">
      {extra && (
        <li key={extra.key}>
          <button type="button" className="chip chip--ranking" onClick={extra.remove}>
            {extra.label} <span aria-hidden="true">×</span>
            <span className="visually-hidden"> (remove)</span>
          </button>
        </li>
      )}
      {props.chips.map((chip) => (
        <li key={chip.key}>
          <button type="button" className="chip" onClick={() => props.onChange(chip.without(props.params))}>
            {chip.label} <span aria-hidden="true">×</span>
            <span className="visually-hidden"> (remove)</span>
          </button>
        </li>
      ))}
      {props.chips.length > 1 && (
        <li>
          <button type="button" className="link-button chips__clear" onClick={props.onClear}>
            Clear all filters
          </button>
        </li>
      )}
    </ul>
  );
}
