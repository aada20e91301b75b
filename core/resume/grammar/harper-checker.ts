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

let shared: Promise<GrammarChecker> | undefined;

/** One Harper linter per process or page, set up on first use (about 1.5 s once). */
export function harperChecker(): Promise<GrammarChecker> {
  shared ??= (async () => {
    const [{ LocalLinter }, { binary }] = await Promise.all([
      import('harper.js'),
      import('harper.js/binary'),
    ]);
    const linter = new LocalLinter({ binary });
    await linter.setup();
    const config = await linter.getLintConfig();
    const wanted = new Set(GRAMMAR_RULES);
    await linter.setLintConfig(
      Object.fromEntries(Object.keys(config).map((rule) => [rule, wanted.has(rule)])),
    );
    const cache = new Map<string, string[]>();
    return {
      async problems(text: string) {
        const hit = cache.get(text);
        if (hit) return hit;
        const found = (await linter.lint(text)).map((l) => `${l.lint_kind()}: ${l.message()}`);
        if (cache.size > 5000) cache.clear();
        cache.set(text, found);
        return found;
      },
    };
  })();
  return shared;
}
