import type { Change } from './change';
import { rebuild } from './change';
import { editWindows } from './grammar/edit-windows';
import type { GrammarChecker } from './grammar/harper-checker';
import { harperChecker } from './grammar/harper-checker';
import type { Resume } from './resume-schema';
import type { TranslateOptions, Translation } from './translate-resume';
import { getAt, setAt, translateResume } from './translate-resume';

const NO_NEW = 'Grammar check (Harper): no problem the original did not have.';

/**
 * The fields whose translation may have added a grammar problem, found with two batched calls
 * into the checker over the words around each edit only (`editWindows`): an edit can only bring
 * a problem into the few words around it, and a stretch the translation left as it was cannot
 * have gained one. A translated window with no problem at all needs no comparison, so the
 * originals are read only for the few windows Harper flags. A flagged field is then judged whole.
 */
async function flaggedFields(
  sources: string[],
  lists: Change[][],
  checker: GrammarChecker,
): Promise<Set<number>> {
  const units = sources.flatMap((source, field) =>
    editWindows(source, lists[field] ?? []).map((w) => ({ field, ...w })),
  );
  const after = await checker.counts(units.map((u) => u.after));
  const suspects = units.filter((_, k) => (after[k] ?? 0) > 0);
  const before = await checker.counts(suspects.map((u) => u.before));
  const flagged = new Set<number>();
  for (const [k, u] of suspects.entries())
    if ((after[units.indexOf(u)] ?? 0) > (before[k] ?? 0)) flagged.add(u.field);
  return flagged;
}

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
  const sources = fields.map(([path]) => getAt(original, path) as string);
  const flagged = await flaggedFields(
    sources,
    fields.map(([, list]) => list),
    checker,
  );
  for (const [i, [path, list]] of fields.entries()) {
    const source = sources[i] ?? '';
    let kept = [...list];
    const count = async (cs: Change[]) => (await checker.problems(rebuild(source, cs))).length;
    // A flagged field's verdicts are then taken on the field alone, change by change.
    const baseline = flagged.has(i) ? (await checker.problems(source)).length : 0;
    if (flagged.has(i) && (await count(kept)) > baseline) {
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

/**
 * The checked translation and its rendered file, with the render started while the grammar check
 * runs: when the checker works off the event loop (the server's thread pool), the file is built
 * from the quick translation meanwhile and kept if the check changed nothing, which is the usual
 * verdict; otherwise it is built again from the checked resume. Either way the file shows
 * exactly the checked translation.
 */
export async function translateCheckedAndRender<T>(
  input: Resume,
  options: TranslateOptions,
  checker: GrammarChecker,
  render: (resume: Resume) => Promise<T>,
): Promise<{ translation: Translation; output: T }> {
  const quick = translateResume(input, options);
  const checking = checkGrammar(input, quick, checker);
  const early = await Promise.allSettled([render(quick.resume)]);
  const translation = await checking;
  const first = early[0];
  const unchanged = JSON.stringify(translation.resume) === JSON.stringify(quick.resume);
  if (unchanged && first?.status === 'fulfilled') return { translation, output: first.value };
  return { translation, output: await render(translation.resume) };
}
