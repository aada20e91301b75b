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
  const fields = [...byPath].filter(
    ([path]) => typeof getAt(original, path) === 'string' && !path.endsWith('x-federal'),
  );
  for (const [path, list] of byPath) if (!fields.some(([p]) => p === path)) changes.push(...list);
  // Two passes over the whole resume (originals, translations) find the few fields to look into.
  const sources = fields.map(([path]) => getAt(original, path) as string);
  const before = await checker.counts(sources);
  const after = await checker.counts(
    fields.map(([path], i) => (getAt(translation.resume, path) as string) ?? sources[i]),
  );
  for (const [i, [path, list]] of fields.entries()) {
    const source = sources[i] ?? '';
    let baseline = before[i] ?? 0;
    let kept = [...list];
    const count = async (cs: Change[]) => (await checker.problems(rebuild(source, cs))).length;
    // The batch flags a field; each verdict is then taken on the field alone.
    if ((after[i] ?? 0) > baseline) baseline = (await checker.problems(source)).length;
    if ((after[i] ?? 0) > (before[i] ?? 0) && (await count(kept)) > baseline) {
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
