/**
 * Whether an `If-None-Match` header matches a current entity tag. RFC 9110 section 13.1.2 asks
 * for the weak comparison here: `W/"x"` matches `"x"`, so a browser that was sent the compressed
 * (weak) form of an answer is still told 304. The header may list several tags, or be `*`.
 */
export function noneMatchHolds(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === wanted);
}

/** The tag a response in a content coding carries: weak, as the bytes differ from the identity form. */
export const codedEtag = (etag: string, coded: boolean) =>
  coded && !etag.startsWith('W/') ? `W/${etag}` : etag;
