import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { formatCount } from '../format';

/**
 * On a phone the filters live behind one button and open as a full-height sheet: a modal <dialog>,
 * which keeps focus inside while open, closes on Escape and returns focus to the button
 * (https://html.spec.whatwg.org/multipage/interactive-elements.html#the-dialog-element).
 */
export function FilterSheet(props: {
  open: boolean;
  onClose: () => void;
  count: string;
  total: number | null;
  onClear: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { open, onClose } = props;
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  useEffect(() => {
    const el = dialog.current;
    el?.addEventListener('close', onClose);
    return () => el?.removeEventListener('close', onClose);
  }, [onClose]);
  const jobs =
    props.total === null
      ? 'Show jobs'
      : `Show ${formatCount(props.total)} ${props.total === 1 ? 'job' : 'jobs'}`;
  return (
    <dialog ref={dialog} className="filter-sheet" aria-labelledby="filter-sheet-heading">
      <div className="filter-sheet__head">
        <h2 id="filter-sheet-heading" className="filter-sheet__heading">
          Filters
        </h2>
        <button type="button" className="button button--quiet" onClick={props.onClear}>
          Clear all
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="filter-sheet__count" aria-live="polite">
        {props.count}
      </p>
      <div className="filter-sheet__body">{props.children}</div>
      <div className="filter-sheet__foot">
        <button type="button" className="button button--primary filter-sheet__show" onClick={onClose}>
          {jobs}
        </button>
      </div>
    </dialog>
  );
}
