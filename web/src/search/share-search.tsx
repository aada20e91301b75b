import { useId, useState } from 'react';
import { shareParams } from './search-url';

/**
 * Share the search: the link holds every filter, and the seeker's background only when they tick the
 * box (it says something about them). Uses the phone's share sheet when there is one, else copies.
 */
export function ShareSearch({ search, background }: { search: URLSearchParams; background: string }) {
  const [include, setInclude] = useState(false);
  const [said, setSaid] = useState('');
  const id = useId();
  const link = () => {
    const text = shareParams(search, include ? background : '').toString();
    return `${window.location.origin}/${text ? `?${text}` : ''}`;
  };
  const share = async () => {
    const url = link();
    try {
      if (navigator.share) {
        await navigator.share({ title: 'Offramp — job search', url });
        setSaid('');
        return;
      }
      await navigator.clipboard.writeText(url);
      setSaid('Link copied. Anyone with it sees the same search.');
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      setSaid(`Copy this link: ${url}`);
    }
  };
  return (
    <div className="share">
      <button type="button" className="button button--secondary" onClick={share}>
        Share this search
      </button>
      {background && (
        <span className="share__option">
          <input type="checkbox" id={id} checked={include} onChange={(e) => setInclude(e.target.checked)} />
          <label htmlFor={id}>Include my background</label>
        </span>
      )}
      <p className="share__said" role="status">
        {said}
      </p>
    </div>
  );
}
