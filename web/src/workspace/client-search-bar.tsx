import { Link, useSearchParams } from 'react-router';
import type { BackgroundId } from '../../../core/fit/backgrounds';
import { BACKGROUNDS } from '../../../core/fit/backgrounds';
import { setActiveClient, useActiveClient } from './active-client';
import { useAdviser } from './session';

/**
 * Above the results while an adviser searches for one client: who the search is for, and the
 * client's background as a chip that can be dropped. Their region and work style are ordinary
 * filters, so they show as the page's own removable chips.
 */
export function ClientSearchBar() {
  const adviser = useAdviser();
  const { client, saved } = useActiveClient(adviser !== null);
  const [params, setParams] = useSearchParams();
  if (!adviser || !client) return null;
  const background = params.get('background') as BackgroundId | null;
  const drop = (name: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.delete(name);
      next.delete('page');
      return next;
    });
  return (
    <section className="client-search-bar" aria-label={`Searching for ${client.label}`}>
      <p>
        Searching for <Link to={`/workspace/clients/${client.id}`}>{client.label}</Link>
        {saved && (
          <span className="muted">
            {' '}
            · {saved.size} {saved.size === 1 ? 'job' : 'jobs'} on their shortlist
          </span>
        )}
      </p>
      {background && BACKGROUNDS[background] && (
        <ul className="chips" aria-label="Preset from the client’s request">
          <li>
            <button type="button" className="chip" onClick={() => drop('background')}>
              Background: {BACKGROUNDS[background].label} <span aria-hidden="true">×</span>
              <span className="visually-hidden"> (remove)</span>
            </button>
          </li>
        </ul>
      )}
      <button className="button button--quiet" type="button" onClick={() => setActiveClient(null)}>
        Stop searching for {client.label}
      </button>
    </section>
  );
}
