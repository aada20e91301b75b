import { useEffect, useRef } from 'react';

/**
 * A short-lived confirmation with an Undo button. It stays while the pointer or keyboard focus is on
 * it (WCAG 2.2.1, timing adjustable), and is announced politely without taking focus.
 */
export function UndoToast({
  text,
  onUndo,
  onDone,
  seconds = 10,
}: {
  text: string;
  onUndo: () => void;
  onDone: () => void;
  seconds?: number;
}) {
  const held = useRef(false);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const timer = setInterval(() => {
      if (!held.current) done.current();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  const hold = (on: boolean) => () => {
    held.current = on;
  };
  return (
    <div
      className="toast"
      role="status"
      onMouseEnter={hold(true)}
      onMouseLeave={hold(false)}
      onFocus={hold(true)}
      onBlur={hold(false)}
    >
      <span>{text}</span>
      <button className="button button--secondary toast__undo" type="button" onClick={onUndo}>
        Undo
      </button>
      <button className="button button--quiet" type="button" aria-label="Dismiss" onClick={onDone}>
        ×
      </button>
    </div>
  );
}
