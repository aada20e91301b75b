import { useEffect } from 'react';

/** A page nobody would remark on, opened in place of Offramp. */
export const QUICK_EXIT_URL = 'https://www.bbc.com/weather';
/** Three presses of Escape within this long count as one request to leave. */
const ESCAPE_WINDOW_MS = 1500;

/**
 * Leaves at once: `location.replace` swaps the current history entry for the neutral page, so Back
 * does not return here and the history list does not grow.
 */
export function quickExit(): void {
  window.location.replace(QUICK_EXIT_URL);
}

/** Escape pressed three times in quick succession, anywhere on the page, triggers the quick exit. */
export function useTripleEscape(): void {
  useEffect(() => {
    const presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = event.timeStamp;
      presses.push(now);
      while (presses.length > 0 && now - (presses[0] ?? 0) > ESCAPE_WINDOW_MS) presses.shift();
      if (presses.length >= 3) quickExit();
    };
    // Capture phase: a dialog that closes on Escape still lets the press count.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

export function QuickExitButton() {
  useTripleEscape();
  return (
    <button type="button" className="quick-exit" onClick={quickExit}>
      Quick exit
      <span className="visually-hidden"> (leaves for a weather page; or press Escape three times)</span>
    </button>
  );
}
