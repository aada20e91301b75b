import type { OfframpState, Resume } from '../../../core/resume/resume-schema';
import { resumeSchema } from '../../../core/resume/resume-schema';
import { readItem, writeItem } from '../safety/device-storage';

const DRAFT = 'resume.draft';

/**
 * The resume draft and the builder's state (decisions by change id, hand edits, template, paper) live
 * in this browser's localStorage only, as one JSON Resume with `x-offramp`. It is never sent anywhere.
 */
export function loadDraft(): Resume | null {
  try {
    const text = readItem(DRAFT);
    if (!text) return null;
    // Validated like any other input: a draft from an older version or edited by hand may not fit.
    const parsed = resumeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The draft without the builder's state, and the state on its own. */
export function splitDraft(draft: Resume | null): { resume: Resume | null; state: OfframpState } {
  if (!draft) return { resume: null, state: {} };
  const { 'x-offramp': state, ...resume } = draft;
  return { resume, state: state ?? {} };
}

export function saveDraft(resume: Resume, state: OfframpState): void {
  // Storage full or refused (private browsing): the draft lasts for this page only.
  writeItem(DRAFT, JSON.stringify({ ...resume, 'x-offramp': state }));
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
