const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Turns a fragment marked with control characters into safe HTML: the text is escaped first, then
 * the markers become <mark> tags, so a posting's own text can never inject markup.
 */
export function escapeHighlight(fragment: string, open: string, close: string): string {
  return escapeHtml(fragment).split(open).join('<mark>').split(close).join('</mark>');
}
