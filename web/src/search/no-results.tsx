import type { Chip } from './search-url';

/** An empty result says what to try next: the corrected spelling, fewer filters, broader words. */
export function NoResults(props: {
  corrected: string | null;
  onCorrect: (text: string) => void;
  chips: Chip[];
  onDrop: (chip: Chip) => void;
  query: string;
}) {
  const { corrected } = props;
  return (
    <div className="empty-state">
      <h3>No jobs match yet</h3>
      <ul className="suggestions">
        {corrected && (
          <li>
            Search for{' '}
            <button type="button" className="link-button" onClick={() => props.onCorrect(corrected)}>
              “{corrected}”
            </button>{' '}
            instead
          </li>
        )}
        {props.chips.slice(0, 3).map((chip) => (
          <li key={chip.key}>
            <button type="button" className="link-button" onClick={() => props.onDrop(chip)}>
              Drop the filter “{chip.label}”
            </button>
          </li>
        ))}
        {props.query && <li>Try fewer or broader words, such as “investigator” or “compliance”.</li>}
        {!props.query && props.chips.length === 0 && (
          <li>
            No job leads are loaded yet. If you run Offramp yourself, try <code>npm run demo</code>.
          </li>
        )}
      </ul>
    </div>
  );
}
