import { z } from 'zod';

/**
 * One request a source wants made. `label` tells its extractor what kind of page comes back. It is
 * core data rather than crawler code because the store keeps the follow-up requests of each cached
 * page (store/http-cache-repo.ts) and must read them back without depending on the crawler.
 */
export const fetchSpecSchema = z.object({
  url: z.string(),
  label: z.string(),
  method: z.enum(['GET', 'POST']).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
  /** Distinguishes POSTs to the same URL in Crawlee's queue (Workday pages). */
  uniqueKey: z.string().optional(),
  /** Fetch in headless Chromium rather than over plain HTTP. */
  browser: z.boolean().optional(),
  /**
   * A page found by following links rather than one the source lists: if it is missing or
   * disallowed, that is the site's business, not a failed crawl.
   */
  optional: z.boolean().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /**
   * The list entry a detail request comes from: its key in the list and the list's own fields for
   * it (title, place, dates). A recrawl skips the detail when these are unchanged and it is recent.
   */
  entry: z.object({ key: z.string(), fields: z.string() }).optional(),
});
export type FetchSpec = z.infer<typeof fetchSpecSchema>;
