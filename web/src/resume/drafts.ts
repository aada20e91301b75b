import type { Resume } from '../../../core/resume/resume-schema';

const DRAFT_KEY = 'offramp.resume.draft';
const PREFIX = 'offramp.';

/** The resume draft lives in this browser's localStorage only; it is never sent anywhere. */
export function loadDraft(): Resume | null {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    return text ? (JSON.parse(text) as Resume) : null;
  } catch {
    return null;
  }
}

export function saveDraft(resume: Resume): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(resume));
  } catch {
    // Storage full or refused (private browsing): the draft lasts for this page only.
  }
}

/** "Delete everything": every Offramp key in this browser, drafts and preferences alike. */
export function deleteEverything(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to delete.
  }
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
