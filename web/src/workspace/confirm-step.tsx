import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';

/**
 * A destructive action behind one confirmation: the first button only asks; the question names
 * what will be lost, and the action runs only from "Yes". Focus moves to "Keep", the safe choice,
 * so a keyboard user who pressed the first button by mistake backs out with Enter.
 */
export function ConfirmStep({
  ask,
  askLabel,
  question,
  yes,
  keep = 'Keep it',
  onConfirm,
  askClass = 'button button--quiet',
}: {
  ask: string;
  askLabel?: string;
  question?: ReactNode;
  yes: string;
  keep?: string;
  onConfirm: () => void | Promise<void>;
  askClass?: string;
}) {
  const [asking, setAsking] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepButton.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button className={askClass} type="button" aria-label={askLabel} onClick={() => setAsking(true)}>
        {ask}
      </button>
    );
  return (
    <div className="confirm">
      {question && <p>{question}</p>}
      <div className="button-row">
        <button
          className="button button--danger"
          type="button"
          onClick={async () => {
            await onConfirm();
            setAsking(false);
          }}
        >
          {yes}
        </button>
        <button
          ref={keepButton}
          className="button button--quiet"
          type="button"
          onClick={() => setAsking(false)}
        >
          {keep}
        </button>
      </div>
    </div>
  );
}
