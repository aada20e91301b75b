import { useSyncExternalStore } from 'react';
import { readItem, writeItem } from './device-storage';

const TITLES_KEY = 'descriptive-titles';
export const NEUTRAL_TITLE = 'Offramp — job search';

const listeners = new Set<() => void>();
const subscribe = (notify: () => void) => {
  listeners.add(notify);
  return () => listeners.delete(notify);
};

/** Tab titles name the page only when the seeker asks: a tab list is easy to see over a shoulder. */
export const descriptiveTitles = () => readItem(TITLES_KEY) === '1';

export function setDescriptiveTitles(on: boolean): void {
  writeItem(TITLES_KEY, on ? '1' : null);
  for (const notify of listeners) notify();
}

export const useDescriptiveTitles = () => useSyncExternalStore(subscribe, descriptiveTitles, () => false);
