import type { Change } from './change';
import { rebuild } from './change';
import type { GrammarChecker } from './grammar/harper-checker';
import { harperChecker } from './grammar/harper-checker';
import type { Resume } from './resume-schema';
import type { TranslateOptions, Translation } from './translate-resume';
import { getAt, setAt, translateResume } from './translate-resume';

const NO_NEW = 'Grammar check (Harper): no problem the original did not have.';

/**
 * The last self-check: the grammar checker reads every translated field beside its original and
 * refuses any change that adds a problem the original did not have. A refused change falls back
 * to the term with a plain gloss when there is one, or is withdrawn; its verdict says why.
 */
export async function checkGrammar(
  original: Resume,
  translation: Translation,
  checker: GrammarChecker,
): Promise<Translation> {
  const resume = structuredClone(translation.resume);
  const byPath = new Map<string, Change[]>();
  for (const c of translation.changes) byPath.set(c.path, [...(byPath.get(c.path) ?? []), c]);
  const changes: Change[] = [];
  for (const [path, list] of byPath) {
    const source = getAt(original, path);
    if (typeof source !== 'string' || path.endsWith('x-federal')) {
      changes.push(...list);
      continue;
    }
    const baseline = (await checker.problems(source)).length;
    let kept = [...list];
    const count = async (cs: Change[]) => (await checker.problems(rebuild(source, cs))).length;
    if ((await count(kept)) > baseline) {
      for (const c of list) {
        const others = kept.filter((k) => k !== c);
        const withIt = await count(kept);
        if (withIt <= baseline) break;
        if ((await count(others)) >= withIt) continue;
        const added = (await checker.problems(rebuild(source, kept))).slice(0, 2).join('; ');
        const fallback = c.fallback ? { ...c, replacement: c.fallback } : undefined;
        const refused = `Grammar check refused "${c.replacement}" (${added}).`;
        if (fallback && (await count([...others, fallback])) <= baseline)
          kept = [...others, { ...fallback, guard: `${refused} Kept the term with a plain gloss.` }];
        else kept = others;
      }
    }
    for (const c of kept)
      changes.push(
        c.guard?.startsWith('Grammar check refused')
          ? c
          : { ...c, guard: `${c.guard ?? ''} ${NO_NEW}`.trim() },
      );
    setAt(resume, path, rebuild(source, kept));
  }
  return { ...translation, resume, changes };
}

/** `translateResume` followed by the grammar check: what the API, the CLI and the page use. */
export async function translateResumeChecked(
  input: Resume,
  options: TranslateOptions,
  checker?: GrammarChecker,
): Promise<Translation> {
  const translation = translateResume(input, options);
  return checkGrammar(input, translation, checker ?? (await harperChecker()));
}
