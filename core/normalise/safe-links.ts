import type { RawLead } from '../lead/raw-lead';

/** Only web links become hrefs: `javascript:`, `data:`, `vbscript:` and the rest run or smuggle content. */
export const isWebUrl = (value: string): boolean => /^https?:\/\//i.test(value) && URL.canParse(value);

/**
 * Keeps a posting whose links are unsafe, without them: an unsafe `applyUrl` is dropped (the job
 * shows no apply button), and an unsafe `url` falls back to the apply link or to the page the
 * posting was found on. Returns a note for the crawl run when anything was dropped.
 */
export function withSafeLinks(raw: RawLead, pageUrl: string): { raw: RawLead; note: string | null } {
  const applyUnsafe = Boolean(raw.applyUrl) && !isWebUrl(raw.applyUrl ?? '');
  const urlUnsafe = !isWebUrl(raw.url);
  if (!applyUnsafe && !urlUnsafe) return { raw, note: null };
  const applyUrl = applyUnsafe ? null : (raw.applyUrl ?? null);
  const url = urlUnsafe ? (applyUrl ?? pageUrl) : raw.url;
  const dropped = [urlUnsafe ? 'url' : null, applyUnsafe ? 'applyUrl' : null].filter(Boolean).join(' and ');
  return {
    raw: { ...raw, url, applyUrl },
    note: `${pageUrl}: "${raw.title}" kept without its ${dropped}, ${
      urlUnsafe && applyUnsafe ? 'which were not http(s) links' : 'which was not an http(s) link'
    }${applyUnsafe || !applyUrl ? '; it shows no apply button' : ''}`,
  };
}
