/**
 * Every match of a global pattern in `text`, as `String.prototype.matchAll` finds them, without the
 * copy of the pattern that matchAll makes on every call (ECMA-262 §22.2.6.9 constructs a new RegExp
 * through its species). That copy cost a few microseconds a call, paid for every text node of a
 * description and by every requirement reader of every lead. `visit` returning `false` stops early.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => unknown): void {
  if (!pattern.global) throw new Error(`eachMatch needs a global pattern, not ${pattern}`);
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // An empty match moves on by one character (a code point with the u flag), as matchAll does.
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
      if (visit(m) === false) return;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** ECMA-262 AdvanceStringIndex. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}

/** Every match of a global pattern, in order (see eachMatch). */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  eachMatch(pattern, text, (m) => {
    found.push(m);
  });
  return found;
}
