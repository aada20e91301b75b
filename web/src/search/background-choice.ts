import { useCallback, useState } from 'react';
import type { BackgroundId } from '../../../core/fit/backgrounds';
import { backgroundIds } from '../../../core/fit/backgrounds';
import { deviceCleared } from '../safety/device-storage';

const KEY = 'offramp.background';

/**
 * The seeker's "I was a …" choice. It lives only in this browser (localStorage), never on the
 * server; the search sends it as a ranking parameter, which is not logged.
 */
export function useBackgroundChoice(): [BackgroundId | '', (value: BackgroundId | '') => void] {
  const [value, setValue] = useState<BackgroundId | ''>(() => {
    try {
      const stored = localStorage.getItem(KEY) ?? '';
      return (backgroundIds as readonly string[]).includes(stored) ? (stored as BackgroundId) : '';
    } catch {
      return '';
    }
  });
  const update = useCallback((next: BackgroundId | '') => {
    setValue(next);
    if (deviceCleared()) return;
    try {
      if (next) localStorage.setItem(KEY, next);
      else localStorage.removeItem(KEY);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  return [value, update];
}
