import { useEffect, useState } from 'react';

/** The builder's one-column breakpoint (matches resume.css): phones and narrow windows. */
const QUERY = '(max-width: 69.99rem)';

/** Whether the builder shows one column, so copy can say "below" rather than "on the left". */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof matchMedia === 'function' && matchMedia(QUERY).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(QUERY);
    const update = () => setNarrow(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return narrow;
}
