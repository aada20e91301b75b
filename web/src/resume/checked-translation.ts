import { useEffect, useRef, useState } from 'react';
import type { Resume } from '../../../core/resume/resume-schema';
import type { Translation } from '../../../core/resume/translate-resume';

export type GrammarState = 'checking' | 'checked' | 'unavailable';

export interface CheckedTranslation {
  translation: Translation | null;
  grammar: GrammarState;
  /** Changes the grammar check refused (kept with a plain gloss, or withdrawn). */
  refused: number;
}

/**
 * The translation the page shows, checked by the grammar guard (Harper). The rewrite itself is
 * synchronous and shows at once; the check loads in its own chunk on first use (the WebAssembly
 * checker is a few megabytes, so no other page pays for it) and replaces the quick result when it
 * is done. Only the latest draft is checked: a result for an older draft is dropped, and edits made
 * while a check runs are checked once it ends. Refused changes are counted from their verdicts.
 */
export function useCheckedTranslation(
  original: Resume | null,
  quick: Translation | null,
): CheckedTranslation {
  const [checked, setChecked] = useState<{ from: Translation; result: Translation } | null>(null);
  const [failed, setFailed] = useState(false);
  const running = useRef(false);
  const latest = useRef<{ original: Resume; quick: Translation } | null>(null);

  useEffect(() => {
    latest.current = original && quick ? { original, quick } : null;
    if (running.current || !latest.current) return;
    running.current = true;
    void (async () => {
      try {
        const { checkGrammar } = await import('../../../core/resume/check-grammar');
        const { harperChecker } = await import('../../../core/resume/grammar/harper-checker');
        const checker = await harperChecker();
        let job = latest.current;
        while (job) {
          const result = await checkGrammar(job.original, job.quick, checker);
          setChecked({ from: job.quick, result });
          job = latest.current === job ? null : latest.current;
        }
      } catch {
        // Without the checker (an old browser, a failed download) the page keeps the rewrite,
        // which has passed the engine's own self-check, and says the grammar check did not run.
        setFailed(true);
      } finally {
        running.current = false;
      }
    })();
  }, [original, quick]);

  if (!quick) return { translation: null, grammar: failed ? 'unavailable' : 'checking', refused: 0 };
  if (checked?.from === quick)
    return {
      translation: checked.result,
      grammar: 'checked',
      refused:
        checked.result.changes.filter((c) => c.guard?.startsWith('Grammar check refused')).length +
        Math.max(0, quick.changes.length - checked.result.changes.length),
    };
  return { translation: quick, grammar: failed ? 'unavailable' : 'checking', refused: 0 };
}
