import { memo } from 'react';
import type { SearchHit } from '../../../core/search/search-query';
import { ResultCard } from '../components/result-card';

/**
 * The twenty result cards, drawn again only when the hits or the link back change: typing in the
 * search box re-renders the page on every keystroke, and rebuilding every card (links, save buttons,
 * highlighted snippets) each time was what kept a phone's main thread busy between keystrokes.
 * React keeps a card whose lead is still listed (its key is the lead id), so a new answer moves and
 * patches cards rather than mounting the list again.
 */
export const ResultList = memo(function ResultList(props: {
  hits: readonly SearchHit[] | undefined;
  backTo: string;
  /** 'stale' while a newer search runs with older results shown; 'waiting' before the first. */
  pending: 'stale' | 'waiting' | null;
  onOpen: (leadId: string) => void;
}) {
  const { hits, backTo, pending, onOpen } = props;
  return (
    <ol
      className={`result-list${pending ? ` result-list--${pending}` : ''}`}
      aria-busy={pending !== null}
      onClickCapture={(e) => {
        const card = (e.target as Element).closest('.card__title');
        if (card) onOpen(card.id.replace(/^hit-/, ''));
      }}
    >
      {hits?.map((hit) => (
        <li key={hit.id}>
          <MemoCard hit={hit} backTo={backTo} />
        </li>
      ))}
    </ol>
  );
});

const MemoCard = memo(ResultCard);
