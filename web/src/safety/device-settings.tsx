import { useId, useState } from 'react';
import { clearDevice } from './device-storage';
import { setDescriptiveTitles, useDescriptiveTitles } from './preferences';

/** The seeker's controls over what this device shows and keeps. */
export function DeviceSettings() {
  const descriptive = useDescriptiveTitles();
  const [confirming, setConfirming] = useState(false);
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
