import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { DeviceSettings } from './safety/device-settings';
import { FirstVisitNotice } from './safety/first-visit-notice';
import { QuickExitButton } from './safety/quick-exit';
import { useScrollMemory } from './scroll-memory';
import { useAdviser } from './workspace/session';

const NAV = [
  { to: '/', label: 'Search jobs', end: true },
  { to: '/saved', label: 'Saved', end: false },
  { to: '/resume', label: 'Resume', end: false },
  { to: '/advisers', label: 'Advisers', end: false },
] as const;
const WORKSPACE = { to: '/workspace', label: 'Workspace', end: false } as const;

export function Layout() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  const adviser = useAdviser();
  const seekerPage = !pathname.startsWith('/workspace');
  useScrollMemory();

  // After a client-side navigation, move focus to the new page's content as a full load would, unless
  // the page already put it somewhere (Back to the results focuses the job that was opened).
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (main.current?.contains(document.activeElement) && document.activeElement !== main.current) return;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <NavLink to="/" className="brand" aria-label="Offramp home">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" />
              <path d="M7 23c6 0 9-3 11-8s4-7 7-7" />
              <circle cx="25" cy="8" r="2.4" />
            </svg>
            <span className="brand__name">Offramp</span>
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav">
              {(adviser ? [...NAV, WORKSPACE] : NAV).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <QuickExitButton />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="main">
        {/* A page still loading holds the screen's height, so the footer does not jump up and back. */}
        <Suspense fallback={<p className="page-loading">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        {seekerPage && <DeviceSettings />}
        <p>
          Offramp keeps no account for job seekers and logs no searches. Use a personal device and network,
          not a government one.
        </p>
        <p className="footer__credit">
          Occupation data from O*NET 30.1 by the U.S. Department of Labor, Employment and Training
          Administration (CC BY 4.0), modified by Offramp.
        </p>
      </footer>
      {seekerPage && <FirstVisitNotice />}
    </div>
  );
}
