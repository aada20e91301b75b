import { glossarySentences } from '../glossary-sentences';
import type { GrammarChecker } from './harper-checker';

/** Sentences per warm-up check: about 300 characters, the size of a long resume's edit windows. */
const PER_CHECK = 6;

/**
 * Reads the glossary's sample sentences (`glossarySentences`, nobody's data) through a fresh
 * checker, a few at a time, before it checks a seeker's resume. Harper is WebAssembly, and V8
 * first runs each of its functions as baseline code (Liftoff), then recompiles the ones that stay
 * hot with its optimising compiler (TurboFan) in the background. Measured on this host with 500-
 * character resume texts: a fresh linter took 55 ms a check over its first 20, 22 ms over the next
 * 40 and 12.6 ms after that; after this warm-up (137 checks, about 4 s of one core per thread),
 * 12–13 ms from the first, against 16–22 ms with baseline code only. The verdicts do not depend
 * on it; only the time does. See v8.dev/blog/liftoff ("tier-up").
 */
export async function warmUpGrammar(checker: GrammarChecker): Promise<number> {
  const sentences = glossarySentences();
  let checks = 0;
  for (let i = 0; i < sentences.length; i += PER_CHECK) {
    await checker.counts([sentences.slice(i, i + PER_CHECK).join('\n\n')]);
    checks++;
  }
  return checks;
}
