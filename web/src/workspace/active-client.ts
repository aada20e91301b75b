import type { InferResponseType } from 'hono/client';
import { useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { call } from '../api-call';
import { api } from '../api-client';
import { readItem, writeItem } from '../safety/device-storage';

type Bookmarks = InferResponseType<
  (typeof api.advisers.clients)[':id']['bookmarks']['$get'],
  200
>['bookmarks'];
export type SavedMark = Pick<Bookmarks[number], 'id' | 'leadId' | 'stage'>;

/**
 * The client an adviser is searching for, kept for this tab only (sessionStorage): set by "Find
 * more jobs for this client" or by choosing a client when saving. Every result card and the job
 * page read it, with that client's shortlist, so a card can say "On Amber 1A2B's shortlist".
 */
const KEY = 'active-client';
const activeSchema = z.object({ id: z.uuid(), label: z.string().min(1).max(100) });
export type ActiveClient = z.infer<typeof activeSchema>;

type Snapshot = { client: ActiveClient | null; saved: ReadonlyMap<string, SavedMark> | null };
let snapshot: Snapshot = { client: read(), saved: null };
const listeners = new Set<() => void>();
let loading: string | null = null;

function read(): ActiveClient | null {
  try {
    const parsed = activeSchema.safeParse(JSON.parse(readItem(KEY, 'session') ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function publish(next: Snapshot) {
  snapshot = next;
  for (const listener of listeners) listener();
}

export function setActiveClient(client: ActiveClient | null): void {
  // Storage refused: the choice lasts until the page is left.
  writeItem(KEY, client ? JSON.stringify(client) : null, 'session');
  if (client?.id === snapshot.client?.id) {
    publish({ ...snapshot, client });
    return;
  }
  loading = null;
  publish({ client, saved: null });
}

/** Reads the client's shortlist again (after a reload, or a save made on another page). */
export async function refreshSaved(): Promise<void> {
  const client = snapshot.client;
  if (!client || loading === client.id) return;
  loading = client.id;
  try {
    const { bookmarks } = await call(
      api.advisers.clients[':id'].bookmarks.$get({ param: { id: client.id } }),
    );
    if (snapshot.client?.id !== client.id) return;
    publish({ client, saved: new Map(bookmarks.map((b) => [b.leadId, b])) });
  } catch {
    // The client was forgotten or the session ended: stop searching for them.
    if (snapshot.client?.id === client.id) setActiveClient(null);
  } finally {
    if (loading === client.id) loading = null;
  }
}

export function markSaved(clientId: string, mark: SavedMark | null, leadId: string): void {
  if (snapshot.client?.id !== clientId || !snapshot.saved) return;
  const saved = new Map(snapshot.saved);
  if (mark) saved.set(leadId, mark);
  else saved.delete(leadId);
  publish({ ...snapshot, saved });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The active client and their shortlist by lead id (null while it loads). */
export function useActiveClient(enabled = true): Snapshot {
  const state = useSyncExternalStore(subscribe, () => snapshot);
  useEffect(() => {
    if (enabled && state.client && !state.saved) void refreshSaved();
  }, [enabled, state.client, state.saved]);
  return state;
}
