import { useEffect, useId, useRef, useState } from 'react';
import { clearDevice, STORAGE_PREFIX } from './device-storage';

/** Set for the one fresh load after a delete, so the page says once that it happened. */
const DELETED_FLAG = `${STORAGE_PREFIX}deleted`;

/** Reads and drops the flag: the message shows on that one load and never again. */
function takeDeletedFlag(): boolean {
  try {
    const set = sessionStorage.getItem(DELETED_FLAG) !== null;
    sessionStorage.removeItem(DELETED_FLAG);
    return set;
  } catch {
    return false;
  }
}

import { setDescriptiveTitles, useDescriptiveTitles } from './preferences';

/** The seeker's controls over what this device shows and keeps. */
export function DeviceSettings() {
  const descriptive = useDescriptiveTitles();
  const [confirming, setConfirming] = useState(false);
  const [deleted] = useState(takeDeletedFlag);
  const done = useRef<HTMLParagraphElement>(null);
  // The message sits in the footer: bring it into view so the seeker sees the delete worked.
  useEffect(() => {
    if (deleted) done.current?.scrollIntoView({ block: 'center' });
  }, [deleted]);
  const titlesId = useId();
  return (
    <section className="device-settings" aria-labelledby="device-settings-heading">
      <h2 id="device-settings-heading" className="device-settings__heading">
        This device
      </h2>
      <p className="device-settings__row">
        <input
          type="checkbox"
          id={titlesId}
          checked={descriptive}
          onChange={(e) => setDescriptiveTitles(e.target.checked)}
        />
        <label htmlFor={titlesId}>
          Name the page in the browser tab (off: every tab reads “Offramp — job search”)
        </label>
      </p>
      {deleted && (
        <p ref={done} className="device-settings__done" role="status">
          Everything Offramp kept on this device has been deleted: saved jobs, resume drafts and their
          decisions, and settings.
        </p>
      )}
      {confirming ? (
        <div className="device-settings__confirm" role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">
            Delete your saved jobs, resume drafts, background choice and settings from this browser? This
            cannot be undone.
          </p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              clearDevice();
              try {
                sessionStorage.setItem(DELETED_FLAG, '1');
              } catch {
                // Storage refused: the delete still happened, only the message is lost.
              }
              // A fresh load so that nothing deleted lingers in the page's memory.
              window.location.replace('/');
            }}
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Delete everything on this device
        </button>
      )}
    </section>
  );
}
