/**
 * Everything Offramp keeps on a seeker's device lives under this prefix in localStorage, so that
 * "Delete everything on this device" can find it all. Storage may be refused (private browsing, a
 * full disk): reads then give null and writes are dropped, and the page still works for this visit.
 */
export const STORAGE_PREFIX = 'offramp.';

/**
 * Set once this page has deleted everything. The page then reloads, but until it has gone, what it
 * still holds in memory must not be written back: the resume builder saves its draft whenever its
 * state changes, and a grammar check finishing between the delete and the reload once put the
 * deleted draft back on the device.
 */
let cleared = false;

/** Where a value is kept: localStorage by default, sessionStorage for what lasts one tab's visit. */
type Area = 'local' | 'session';
const storageFor = (area: Area): Storage => (area === 'local' ? localStorage : sessionStorage);

export function readItem(key: string, area: Area = 'local'): string | null {
  try {
    return storageFor(area).getItem(STORAGE_PREFIX + key);
  } catch {
    return null;
  }
}

/** Every write of Offramp's goes through here, so none can follow "Delete everything". */
export function writeItem(key: string, value: string | null, area: Area = 'local'): void {
  if (cleared) return;
  try {
    const store = storageFor(area);
    if (value === null) store.removeItem(STORAGE_PREFIX + key);
    else store.setItem(STORAGE_PREFIX + key, value);
  } catch {
    // Refused: the value lasts for this page only.
  }
}

/** Removes every Offramp key from local and session storage: drafts, saved jobs, choices, flags. */
export function clearDevice(): void {
  cleared = true;
  for (const store of [localStorage, sessionStorage]) {
    try {
      for (const key of Object.keys(store)) if (key.startsWith(STORAGE_PREFIX)) store.removeItem(key);
    } catch {
      // Nothing stored, nothing to delete.
    }
  }
}
