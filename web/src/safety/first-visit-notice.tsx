import { useState } from 'react';
import { readItem, writeItem } from './device-storage';

const KEY = 'notice-seen';

/** Shown once per device, before anything else on the page, until the seeker dismisses it. */
export function FirstVisitNotice() {
  const [open, setOpen] = useState(() => readItem(KEY) !== '1');
  if (!open) return null;
  return (
    <section className="first-notice" aria-labelledby="first-notice-heading">
      <h2 id="first-notice-heading" className="first-notice__heading">
        Before you start
      </h2>
      <p>If you might be on a government or monitored device, stop now and use a personal one.</p>
      <p className="first-notice__more">
        Offramp keeps no account and logs no searches. What you save stays in this browser. “Quick exit”, or
        Escape three times, leaves at once.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          writeItem(KEY, '1');
          setOpen(false);
        }}
      >
        I understand
      </button>
    </section>
  );
}
