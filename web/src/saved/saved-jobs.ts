import { useSyncExternalStore } from 'react';
import { readItem, writeItem } from '../safety/device-storage';
import type { SavedJob } from './saved-job-schema';

export type { SavedJob };

const KEY = 'saved-jobs';
/** Enough for a job hunt; the oldest go first beyond it, so storage never fills. */
const MAX_SAVED = 200;

/**
 * The Save buttons only need to know which ids are saved, so the list is read here with a light
 * check (an array of objects with a lead id); the Saved page parses each entry with the full schema
 * (saved-job-schema.ts), which keeps the validation library out of the search page's first download.
 */
const looksSaved = (v: unknown): v is SavedJob =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';

let cache: { text: string | null; jobs: SavedJob[] } | null = null;
const listeners = new Set<() => void>();

/** Saved jobs from localStorage; what is not even an entry with an id (edited by hand) is dropped. */
export function savedJobs(): SavedJob[] {
  const text = readItem(KEY);
  if (cache && cache.text === text) return cache.jobs;
  let jobs: SavedJob[] = [];
  try {
    const parsed: unknown = text ? JSON.parse(text) : [];
    jobs = Array.isArray(parsed) ? parsed.filter(looksSaved) : [];
  } catch {
    jobs = [];
  }
  cache = { text, jobs };
  return jobs;
}

function store(jobs: SavedJob[]): void {
  writeItem(KEY, jobs.length ? JSON.stringify(jobs.slice(0, MAX_SAVED)) : null);
  for (const notify of listeners) notify();
}

export function saveJob(job: Omit<SavedJob, 'savedAt'>): void {
  store([{ ...job, savedAt: new Date().toISOString() }, ...savedJobs().filter((j) => j.id !== job.id)]);
}

export function unsaveJob(id: string): void {
  store(savedJobs().filter((j) => j.id !== id));
}

const subscribe = (notify: () => void) => {
  listeners.add(notify);
  // Another tab saving a job shows here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.endsWith(KEY)) notify();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(notify);
    window.removeEventListener('storage', onStorage);
  };
};

export const useSavedJobs = () => useSyncExternalStore(subscribe, savedJobs, () => []);
