/**
 * The grammar checker behind the self-check: Harper (harper.js), which runs offline as WebAssembly
 * in Node and in the browser. Only grammar rules run (articles, agreement, repetition, mass nouns):
 * spelling would flag every agency acronym, and style rules are not what a rewrite must not break.
 * The WebAssembly file is loaded on first use only, through a dynamic import, so pages that never
 * check grammar never download it; Vite emits it as a static asset from harper.js's `new URL(…,
 * import.meta.url)`.
 */
export interface GrammarChecker {
  /** The grammar problems Harper finds in a text, as "kind: message". */
  problems(text: string): Promise<string[]>;
  /** Problem counts for many texts, read in one pass (one call into the checker per batch). */
  counts(texts: string[]): Promise<number[]>;
}

/** Harper rule names (see harper.js `getLintConfig()`) that judge grammar, not style or spelling. */
export const GRAMMAR_RULES = [
  'AnA',
  'AnAnother',
  'AnotherAn',
  'DefiniteArticle',
  'RepeatedWords',
  'MassNouns',
  'PronounVerbAgreement',
  'ThereIsAgreement',
  'OneOfTheSingular',
  'PluralWrongWordOfPhrase',
  'CorrectNumberSuffix',
  'DoubleNegative',
  'DoubleModal',
  'SomeWithoutArticle',
  'NounVerbConfusion',
  'CompoundSubjectI',
  'IAmAgreement',
  'PronounInflectionBe',
  'Spaces',
  'CommaFixes',
  'PossessiveNoun',
  'PluralDecades',
  'NeedToNoun',
];

/**
 * Resume text is plain prose, not Markdown: read as Markdown, an asterisk or underscore in a
 * bullet would start emphasis, and parsing Markdown costs time on every call for nothing.
 */
const PLAIN = { language: 'plaintext' } as const;

let shared: Promise<GrammarChecker> | undefined;

/** One Harper linter per process or page, set up on first use (about 1.5 s once). */
export function harperChecker(): Promise<GrammarChecker> {
  shared ??= (async () => {
    // harper.js's slim build: the same rules and the same verdicts (compared lint by lint, with
    // spans and messages, over 2,294 resume texts, edit windows and glossary sentences), a smaller
    // file, and about a third less time per check here. harper.js's default binary also loads
    // the slim one first in Node, so it set up two WebAssembly modules where one does.
    const [{ LocalLinter }, { slimBinary }] = await Promise.all([
      import('harper.js'),
      import('harper.js/slimBinary'),
    ]);
    const linter = new LocalLinter({ binary: slimBinary });
    await linter.setup();
    const config = await linter.getLintConfig();
    const wanted = new Set(GRAMMAR_RULES);
    await linter.setLintConfig(
      Object.fromEntries(Object.keys(config).map((rule) => [rule, wanted.has(rule)])),
    );
    const cache = new Map<string, string[]>();
    const counted = new Map<string, number>();
    return {
      async problems(text: string) {
        const hit = cache.get(text);
        if (hit) return hit;
        const found = (await linter.lint(text, PLAIN)).map((l) => `${l.lint_kind()}: ${l.message()}`);
        if (cache.size > 5000) cache.clear();
        cache.set(text, found);
        return found;
      },
      async counts(texts: string[]) {
        // Texts read before are answered from the cache; the rest go to Harper in one call.
        const misses = [...new Set(texts.filter((t) => !counted.has(t)))];
        if (misses.length > 0) {
          const found = await countBatch(misses);
          if (counted.size > 5000) counted.clear();
          for (const [i, t] of misses.entries()) counted.set(t, found[i] ?? 0);
        }
        return texts.map((t) => counted.get(t) ?? 0);
      },
    };
    async function countBatch(texts: string[]): Promise<number[]> {
      // One document, a paragraph per text: each lint is credited to the text its span starts in.
      // Harper's spans count characters (code points), so offsets are kept in code points too.
      const starts: number[] = [];
      let at = 0;
      for (const t of texts) {
        starts.push(at);
        at += [...t].length + 2;
      }
      const counts = texts.map(() => 0);
      for (const lint of await linter.lint(texts.join('\n\n'), PLAIN)) {
        const start = lint.span().start;
        let i = starts.length - 1;
        while (i > 0 && (starts[i] ?? 0) > start) i--;
        counts[i] = (counts[i] ?? 0) + 1;
      }
      return counts;
    }
  })();
  return shared;
}
