import type { InferResponseType } from 'hono/client';
import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { call, SIGNED_OUT_EVENT } from '../api-call';
import { api, setCsrfToken } from '../api-client';
import { readItem, writeItem } from '../safety/device-storage';

export type Me = InferResponseType<typeof api.auth.me.$get, 200>;
type SessionState = { status: 'checking' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

interface SessionApi {
  state: SessionState;
  /** Reads the session from the server again (after sign-in, or a change to the second factor). */
  refresh(): Promise<void>;
  signOut(everywhere?: boolean): Promise<void>;
}

/**
 * Seekers never sign in, so the page only asks the server about a session when this browser has
 * signed an adviser in before: a seeker's visit makes no session request at all.
 */
const HINT_KEY = 'adviser-hint';
const hasHint = () => readItem(HINT_KEY) === '1';
// Storage refused: the session is simply checked on the adviser pages only.
const setHint = (on: boolean) => writeItem(HINT_KEY, on ? '1' : null);

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() =>
    hasHint() ? { status: 'checking' } : { status: 'signed-out' },
  );
  const refresh = useCallback(async () => {
    try {
      const me = await call(api.auth.me.$get());
      setCsrfToken(me.csrfToken);
      setHint(true);
      setState({ status: 'signed-in', me });
    } catch {
      setCsrfToken('');
      setHint(false);
      setState({ status: 'signed-out' });
    }
  }, []);
  const signOut = useCallback(async (everywhere = false) => {
    try {
      if (everywhere) await call(api.auth['logout-everywhere'].$post());
      else await call(api.auth.logout.$post());
    } finally {
      setCsrfToken('');
      setHint(false);
      setState({ status: 'signed-out' });
    }
  }, []);
  useEffect(() => {
    if (hasHint()) void refresh();
    const ended = () => {
      setCsrfToken('');
      setHint(false);
      setState({ status: 'signed-out' });
    };
    window.addEventListener(SIGNED_OUT_EVENT, ended);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, ended);
  }, [refresh]);
  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** The signed-in adviser, or null for everyone else. */
export function useAdviser(): Me | null {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.me : null;
}
