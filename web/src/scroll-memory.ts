import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Scroll positions by history entry, for this tab's life. */
const positions = new Map<string, number>();

/**
 * Back and forward return each page to where it was scrolled; following a link to another page starts
 * at its top, while changing filters on the same page leaves the scroll alone. The browser's own
 * restoration is switched off because it runs before a client-rendered page has its content.
 */
export function useScrollMemory(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const lastPath = useRef(location.pathname);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
  }, []);

  useEffect(() => {
    const key = location.key;
    // Once a navigation has pushed or popped an entry, the page below may scroll (shorter content,
    // the new page's own scroll) before this listener is swapped: only the entry still showing
    // records (BrowserRouter keeps its key in history.state; the first entry has none).
    const onScroll = () => {
      const showing = (window.history.state as { key?: string } | null)?.key ?? 'default';
      if (showing === key) positions.set(key, window.scrollY);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [location.key]);

  useLayoutEffect(() => {
    const samePage = lastPath.current === location.pathname;
    lastPath.current = location.pathname;
    const saved = positions.get(location.key);
    if (navigationType === 'POP' && saved !== undefined) window.scrollTo(0, saved);
    else if (!samePage && !location.hash) window.scrollTo(0, 0);
  }, [location.key, location.pathname, location.hash, navigationType]);
}
