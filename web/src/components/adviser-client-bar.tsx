import { lazy, Suspense } from 'react';
import { useAdviser } from '../workspace/session';

// Like the save button: the "Searching for <alias>" bar's code loads only for a signed-in adviser.
const ClientSearchBar = lazy(async () => ({
  default: (await import('../workspace/client-search-bar')).ClientSearchBar,
}));

export function AdviserClientBar() {
  if (!useAdviser()) return null;
  return (
    <Suspense fallback={null}>
      <ClientSearchBar />
    </Suspense>
  );
}
