import type { SourceType } from './lead/lead';

/**
 * What an adviser should know before adding a platform's catalogue entries: facts about the
 * platform itself that no source setting can change. Shown by `sources import --catalogue` and
 * the admin "Add from catalogue" list.
 */
export const PLATFORM_NOTES: Partial<Record<SourceType, string>> = {
  // www.governmentjobs.com/robots.txt lists named search engines, then `User-agent: *` /
  // `Disallow: /` (RFC 9309 §2.2.2: the group for every other crawler disallows every path).
  neogov:
    "GovernmentJobs' robots.txt admits only named search engines, so until NEOGOV admits other crawlers these sources are recorded as disallowed by robots.txt and read nothing.",
};
