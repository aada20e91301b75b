/** Query parameters that only track where a click came from; they never change the posting. */
const TRACKING =
  /^(utm_.*|gh_src|gh_jid_src|lever-source|lever-origin|source|src|ref|referrer|trk|trackingid|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi|iis|iisn|ccuid)$/i;

/**
 * The URL with tracking parameters, fragments, default ports and trailing slashes removed and the
 * rest sorted, so that the same posting reached by two links compares equal.
 */
export function canonicalUrl(raw: string): string {
  if (!URL.canParse(raw)) return raw.trim();
  return canonicalOf(new URL(raw));
}

/** canonicalUrl of a parsed link (changed in place: its tracking parameters go first if not gone yet). */
function canonicalOf(url: URL): string {
  // Each URL setter parses the whole URL again: set only what changes ('#' alone is an empty hash).
  if (url.href.includes('#')) url.hash = '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host !== url.hostname) url.hostname = host;
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING.test(key));
  kept.sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/**
 * The employer's link as they gave it, less the click-tracking parameters (ours, such as
 * `gh_src=offramp`, or a board's `utm_*`): host, path, order and every other parameter stay, so the
 * link still opens the same page and application form.
 */
export function withoutTracking(raw: string): string {
  if (!URL.canParse(raw)) return raw.trim();
  const url = new URL(raw);
  const tracked = [...url.searchParams.keys()].filter((key) => TRACKING.test(key));
  if (tracked.length === 0) return raw.trim();
  for (const key of tracked) url.searchParams.delete(key);
  return url.toString();
}

/**
 * A posting's link both ways from one parse: as `withoutTracking` gives it, and canonical. The
 * canonical form drops the same tracking parameters, so it is read from the link once they are gone.
 */
export function postingLinks(raw: string): { url: string; canonical: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // What URL.canParse says no to: both forms are the text as given, trimmed.
    const text = raw.trim();
    return { url: text, canonical: text };
  }
  const tracked = [...url.searchParams.keys()].filter((key) => TRACKING.test(key));
  if (tracked.length === 0) return { url: raw.trim(), canonical: canonicalOf(url) };
  for (const key of tracked) url.searchParams.delete(key);
  const given = url.toString();
  return { url: given, canonical: canonicalOf(url) };
}
