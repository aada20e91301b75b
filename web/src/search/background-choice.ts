import { useCallback, useState } from 'react';
import type { BackgroundId } from '../../../core/fit/backgrounds';
import { backgroundIds } from '../../../core/fit/backgrounds';
import { readItem, writeItem } from '../safety/device-storage';

const KEY = 'background';

/**
 * The seeker's "I was a …" choice. It lives only in this browser (localStorage), never on the
 * server; the search sends it as a ranking parameter, which is not logged.
 */
export function useBackgroundChoice(): [BackgroundId | '', (value: BackgroundId | '') => void] {
  const [value, setValue] = useState<BackgroundId | ''>(() => {
    const stored = readItem(KEY) ?? '';
    return (backgroundIds as readonly string[]).includes(stored) ? (stored as BackgroundId) : '';
  });
  const update = useCallback((next: BackgroundId | '') => {
    setValue(next);
    // Private browsing may refuse storage; the choice then lasts for this page only.
    writeItem(KEY, next || null);
  }, []);
  return [value, update];
}
