import { z } from 'zod';
import type { Sealer } from '../store/intake-repo';
import { countOpenRequests, openRequests, QUEUE_PAGE_SIZE } from '../store/intake-repo';
import type { Store } from '../store/open-store';

export const queuePageQuery = z.strictObject({
  page: z
    .string()
    .regex(/^\d{1,6}$/, 'must be a page number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be 1 or more'))
    .default(1),
});

/** The request queue one page at a time, for the adviser and admin views. */
export function queuePage(db: Store, sealer: Sealer, page: number) {
  return {
    requests: openRequests(db, sealer, page),
    total: countOpenRequests(db),
    page,
    perPage: QUEUE_PAGE_SIZE,
  };
}
