import { useEffect } from 'react';
import { NEUTRAL_TITLE, useDescriptiveTitles } from './safety/preferences';

/**
 * Each page names itself, so screen-reader users hear where a navigation landed (WCAG 2.4.2). On a
 * seeker's pages the tab keeps a neutral title unless the seeker turns descriptive titles on: the
 * name of a job in a tab is what a passer-by or a monitored screen would see. Advisers' workspace
 * pages always say what they are.
 */
export function useDocumentTitle(title: string): void {
  const descriptive = useDescriptiveTitles();
  useEffect(() => {
    const adviserPage = window.location.pathname.startsWith('/workspace');
    document.title = descriptive || adviserPage ? `${title} · Offramp` : NEUTRAL_TITLE;
  }, [title, descriptive]);
}
