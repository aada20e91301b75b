import { useEffect } from 'react';

/** Each page names itself, so screen-reader users hear where a navigation landed (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Offramp`;
  }, [title]);
}
