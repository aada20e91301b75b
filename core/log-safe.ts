/**
 * Makes a value from outside safe to put in a log line: control characters (CR, LF, ESC and the rest)
 * are written as visible escapes so that nobody can forge extra lines or terminal sequences
 * (CWE-117), and long values are cut.
 */
export function logSafe(value: unknown, maxLength = 200): string {
  const text = typeof value === 'string' ? value : String(value);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}…` : escaped;
}
