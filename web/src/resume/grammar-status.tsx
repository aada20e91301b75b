import type { CheckedTranslation } from './checked-translation';

/** One line under "Suggested changes" saying whether the grammar check has read every change yet. */
export function GrammarStatus({ grammar, refused }: CheckedTranslation) {
  const text =
    grammar === 'checking'
      ? 'Checking the grammar of every change…'
      : grammar === 'unavailable'
        ? 'The grammar check could not load in this browser; the changes passed the built-in self-check only.'
        : refused === 0
          ? 'Grammar check: every change reads correctly.'
          : `Grammar check: ${refused} ${refused === 1 ? 'change was' : 'changes were'} replaced by the term with a plain explanation, or left out.`;
  return (
    <p className="grammar-status" role="status" data-state={grammar}>
      {text}
    </p>
  );
}
