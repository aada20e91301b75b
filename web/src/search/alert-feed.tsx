import { useState } from 'react';
import { feedParams } from './search-url';

/** Alerts without an account: the search as an Atom feed a reader app polls (api/routes/feeds.ts). */
export function AlertFeed({ search }: { search: URLSearchParams }) {
  const [said, setSaid] = useState('');
  const text = feedParams(search).toString();
  const url = `${window.location.origin}/api/feeds/leads.atom${text ? `?${text}` : ''}`;
  return (
    <details className="alerts">
      <summary>Get new jobs for this search in a feed reader</summary>
      <p>
        Copy this feed address into a feed reader app (such as NetNewsWire, Feeder or Inoreader): it lists the
        newest jobs that match this search, and the reader shows new ones as they arrive.
      </p>
      <p className="alerts__url">
        <a href={url}>{url}</a>
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          navigator.clipboard.writeText(url).then(
            () => setSaid('Feed address copied.'),
            () => setSaid('Select the address above and copy it.'),
          )
        }
      >
        Copy feed address
      </button>
      <p className="share__said" role="status">
        {said}
      </p>
      <p className="hint">
        No account or email is involved: the feed address is the only thing that identifies this alert, and
        Offramp does not log it. Anyone who has the address sees the same jobs. Your background is not in it.
      </p>
    </details>
  );
}
