import { useLayoutEffect, useMemo, useState } from 'react';
import { SKILLS } from '../../../core/fit/skills';
import type { Change } from '../../../core/resume/change';
import type { ImportNote } from '../../../core/resume/import/notes';
import type { OfframpState, Resume } from '../../../core/resume/resume-schema';
import { resumeSchema } from '../../../core/resume/resume-schema';
import type { TranslateOptions } from '../../../core/resume/translate-resume';
import { applyChanges, translateResume } from '../../../core/resume/translate-resume';
import type { Paper } from '../../../templates/render-pdf';
import type { TemplateId } from '../../../templates/templates';
import { templateIds } from '../../../templates/templates';
import { useCheckedTranslation } from './checked-translation';
import type { Decisions, HandEdits } from './decisions';
import { acceptedIds, applyHandEdits, decide, getAt, liveHandEdits, reconcile } from './decisions';
import { loadDraft, saveDraft, splitDraft } from './drafts';

export const EMPTY: Resume = { basics: {}, work: [{ highlights: [] }] };

/** Drops blank lines and empty values, and adds the scheme a typed web address leaves out. */
function tidy(resume: Resume): Resume {
  const withScheme = (u: string | undefined) => (u && !/^https?:\/\//i.test(u) ? `https://${u}` : u);
  const lines = (l: string[] | undefined) => l?.map((h) => h.trim()).filter(Boolean);
  return {
    ...resume,
    basics: resume.basics && {
      ...resume.basics,
      url: withScheme(resume.basics.url),
      profiles: resume.basics.profiles?.map((p) => ({ ...p, url: withScheme(p.url) })),
    },
    work: resume.work?.map((w) => ({ ...w, highlights: lines(w.highlights) })),
    volunteer: resume.volunteer?.map((v) => ({ ...v, highlights: lines(v.highlights) })),
    projects: resume.projects?.map((p) => ({ ...p, highlights: lines(p.highlights) })),
  };
}

/**
 * The builder's state: the draft, the seeker's decisions (by change id), hand edits, template and
 * paper, saved together in this browser after every change and carried across edits, imports,
 * tailoring and re-translation by `reconcile`.
 */
export function useBuilder() {
  const [initial] = useState(() => splitDraft(loadDraft()));
  const [draft, setDraft] = useState<Resume>(initial.resume ?? EMPTY);
  const [decisions, setDecisions] = useState<Decisions>(initial.state.decisions ?? {});
  const [handEdits, setHandEdits] = useState<HandEdits>(initial.state.handEdits ?? {});
  const [template, setTemplate] = useState<TemplateId>(
    templateIds.find((t) => t === initial.state.template) ?? 'ats-modern',
  );
  const [paper, setPaper] = useState<Paper>(initial.state.paper ?? 'letter');
  const [notes, setNotes] = useState<ImportNote[]>([]);
  const [options, setOptions] = useState<TranslateOptions>({
    mode: 'private',
    generalizeEmployer: false,
    titleChoices: {},
  });

  const parsed = useMemo(() => resumeSchema.safeParse(tidy(draft)), [draft]);
  const quick = useMemo(() => {
    if (!parsed.success) return null;
    performance.mark('offramp:translate-start');
    const result = translateResume(parsed.data, options);
    performance.measure('offramp:translate', 'offramp:translate-start');
    return result;
  }, [parsed, options]);
  // The grammar guard (Harper) checks every change in its own lazily loaded chunk.
  const checked = useCheckedTranslation(parsed.success ? parsed.data : null, quick);
  const translation = checked.translation;
  // While the draft does not validate (mid-typing), the decisions stay as they were.
  const effective = useMemo(
    () => (translation ? reconcile(translation.changes, decisions) : decisions),
    [translation, decisions],
  );
  const liveEdits = useMemo(
    () => (parsed.success ? liveHandEdits(parsed.data, handEdits) : handEdits),
    [parsed, handEdits],
  );
  const final = useMemo(() => {
    if (!parsed.success || !translation) return null;
    const applied = applyChanges(parsed.data, translation, acceptedIds(translation.changes, effective));
    return applyHandEdits(parsed.data, applied, liveEdits);
  }, [parsed, translation, effective, liveEdits]);

  const state: OfframpState = useMemo(
    () => ({ decisions: effective, handEdits: liveEdits, template, paper }),
    [effective, liveEdits, template, paper],
  );
  // Saved before the browser paints, so a reload or a link followed at once never loses a change.
  useLayoutEffect(() => saveDraft(draft, state), [draft, state]);

  const skillSuggestions = useMemo(() => {
    if (!final) return [];
    const duties = (final.work ?? [])
      .flatMap((w) => [w.summary, ...(w.highlights ?? [])])
      .join(' ')
      .toLowerCase();
    const have = (final.skills ?? [])
      .map((s) => `${s.name} ${(s.keywords ?? []).join(' ')}`.toLowerCase())
      .join(' ');
    return SKILLS.filter(
      (s) => s.pattern.test(duties) && !s.pattern.test(have) && !have.includes(s.phrase),
    ).map((s) => s.phrase);
  }, [final]);

  return {
    draft,
    setDraft,
    parsed,
    translation,
    grammar: checked,
    decisions: effective,
    handEdits: liveEdits,
    final,
    state,
    template,
    setTemplate,
    paper,
    setPaper,
    notes,
    setNotes,
    options,
    setOptions,
    skillSuggestions,
    onDecide: (changes: Change[], s: 'accepted' | 'reverted') =>
      setDecisions({ ...effective, ...Object.fromEntries(changes.map((c) => [c.id, decide(c, s)])) }),
    onHandEdit: (path: string, text: string | null) => {
      const value = parsed.success ? getAt(parsed.data, path) : undefined;
      const source = typeof value === 'string' ? value : '';
      const next = { ...liveEdits };
      if (text === null) delete next[path];
      else next[path] = { source, text };
      setHandEdits(next);
    },
    /** An imported resume replaces the draft; decisions carry over unless the file brings its own. */
    load: (resume: Resume) => {
      const { resume: content, state: carried } = splitDraft(resume);
      setDraft(content ?? EMPTY);
      if (carried.decisions) setDecisions(carried.decisions);
      if (carried.handEdits) setHandEdits(carried.handEdits);
      const t = templateIds.find((id) => id === carried.template);
      if (t) setTemplate(t);
      if (carried.paper) setPaper(carried.paper);
    },
    clear: () => {
      setDraft(EMPTY);
      setDecisions({});
      setHandEdits({});
      setNotes([]);
      setTemplate('ats-modern');
      setPaper('letter');
    },
  };
}
