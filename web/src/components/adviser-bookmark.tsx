import { lazy, Suspense } from 'react';
import { useAdviser } from '../workspace/session';

// Seekers never sign in, so the adviser's "Save for a client" code loads only for a signed-in adviser.
const BookmarkButton = lazy(async () => ({
  default: (await import('../workspace/bookmark-button')).BookmarkButton,
}));

export function AdviserBookmark(props: { leadId: string; title: string }) {
  if (!useAdviser()) return null;
  return (
    <Suspense fallback={null}>
      <BookmarkButton {...props} />
    </Suspense>
  );
}
