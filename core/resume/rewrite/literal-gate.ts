/**
 * The literal text any match of a glossary pattern must contain: one string per top-level
 * alternative, the longest run of plain characters that alternative cannot match without. A text
 * that contains none of them cannot match, so the engine skips the regular expression: most of the
 * ~360 entries never occur in a given sentence, and `includes` is far cheaper than a scan with
 * look-behinds. Undefined when some alternative has no required run of two characters or more.
 *
 * Only the regular-expression syntax the glossary uses is read: escapes, groups (optional or not,
 * look-arounds included), classes, and the quantifiers `?`, `*`, `+` and `{…}`.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const out: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const best = longestRun(alternative);
    if (best.length < 2) return undefined;
    out.push(best);
  }
  return out;
}

/** Splits a pattern at the `|` that are outside every group and class. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/** The index of the `]` that closes the class opened at `at`. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The index just past the group opened at `at`. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})/;

/** The longest run of literal characters an alternative requires, read left to right. */
function longestRun(alt: string): string {
  let best = '';
  let run = '';
  const close = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let i = 0;
  while (i < alt.length) {
    const ch = alt[i] ?? '';
    let atom: string | undefined;
    let next: number;
    if (ch === '(') next = groupEnd(alt, i);
    else if (ch === '[') next = classEnd(alt, i) + 1;
    else if (ch === '\\') {
      const escaped = alt[i + 1] ?? '';
      // \d, \w, \s, \b and their kin are classes or assertions; any other escape is its character.
      if (!/[a-zA-Z0-9]/.test(escaped)) atom = escaped;
      next = i + 2;
    } else {
      if (!'.^$'.includes(ch)) atom = ch;
      next = i + 1;
    }
    const quantifier = QUANTIFIER.exec(alt.slice(next))?.[0];
    if (quantifier) next += quantifier.length;
    if (atom === undefined || (quantifier && !quantifier.startsWith('+') && !/^\{[1-9]/.test(quantifier))) {
      // A group, class or assertion, or an atom that may be absent, ends the run.
      close();
    } else {
      run += atom;
      // "a+" or "a{2}" requires the atom once at least, but what follows may not be adjacent to it.
      if (quantifier) close();
    }
    i = next;
  }
  close();
  return best;
}
