import type { AdminActions } from '../../api/admin-actions';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { createAdviser, createSession, setAdviserDisabled } from '../../store/advisers-repo';
import { addBookmark } from '../../store/bookmarks-repo';
import { claimRequest, submitIntake } from '../../store/intake-repo';
import { createInvite } from '../../store/invites-repo';
import { createShareLink } from '../../store/share-links-repo';
import { insertSource, sourceExists } from '../../store/sources-repo';
import { addTimelineEntry } from '../../store/timeline-repo';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from './adviser-session';
import { fillStore } from './synthetic-leads';
import { buildTestApp } from './test-app';

/** Crawls and rescores are recorded, not run: the fuzz checks the API, and reaches no network. */
const recordedActions = (): AdminActions => ({
  crawlNow: () => true,
  crawling: () => false,
  rescore: () => undefined,
  rescoreProgress: () => ({ running: false, done: 0, total: 0 }),
});

const intake = {
  background: 'immigration-enforcement',
  location: 'Tucson, AZ',
  workplace: 'any',
  goals: 'Investigations work outside enforcement',
  timing: 'now',
  contact: 'signal: fuzz',
} as const;

/**
 * An app with two accounts (an adviser, and an admin with a second factor), 60 leads, and for
 * each operation a fresh client with a bookmark, a share link and a timeline note, an open request
 * and an invite: real ids the fuzz can put in paths and bodies, so it gets past the 404s.
 */
export async function fuzzWorld() {
  const { app, db, cipher } = buildTestApp({
    env: { TRUST_PROXY: '1', ALLOW_PRIVATE_HOSTS: '1', ADVISER_CAPACITY: '500' },
    admin: recordedActions(),
  });
  fillStore(db, 60);
  const hash = await hashPassword(TEST_PASSWORD);
  const admin = createAdviser(db, 'root@example.org', hash, 'admin');
  const adviser = createAdviser(db, 'alice@example.org', hash, 'adviser');
  const { secret, recoveryCodes } = await enrolSecondFactor(await signIn(app, 'root@example.org'), (s) =>
    currentTotp(s),
  );
  const leadIds = (db.prepare('SELECT id FROM leads ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  if (!sourceExists(db, 'fuzz-board'))
    insertSource(db, { type: 'greenhouse', board: 'fuzz', id: 'fuzz-board', enabled: true });

  /** Fresh records for one operation's runs; what an earlier operation deleted is made again. */
  function seed() {
    setAdviserDisabled(db, adviser.id, false);
    const open = submitIntake(db, cipher, intake);
    const taken = submitIntake(db, cipher, intake);
    const client = claimRequest(db, taken.id, adviser.id, 500);
    if (!client) throw new Error('the fuzz client could not be made');
    const leadId = leadIds[0] ?? '';
    const saved = addBookmark(db, cipher, client.id, { leadId, note: '', stage: 'suggested' });
    const link = createShareLink(db, cipher, client.id, { days: 14, label: '', fields: ['title'] });
    addTimelineEntry(db, cipher, client.id, 'note', 'A note from the fuzz');
    const invite = createInvite(db, 'adviser', admin.id, 7);
    if (!sourceExists(db, 'fuzz-board'))
      insertSource(db, { type: 'greenhouse', board: 'fuzz', id: 'fuzz-board', enabled: true });
    return {
      receipt: open.receipt,
      /** Real values by path parameter, per path prefix. */
      path: (path: string, name: string): string[] => {
        if (name === 'bookmarkId') return saved ? [saved.bookmark.id] : [];
        if (name === 'linkId') return [link.id];
        if (name === 'token') return path.startsWith('/api/share') ? [link.token] : [invite.token];
        if (path.startsWith('/api/advisers/clients')) return [client.id];
        if (path.includes('/queue/')) return [open.id];
        if (path.startsWith('/api/admin/invites')) return [invite.id];
        if (path.startsWith('/api/admin/advisers')) return [adviser.id, admin.id];
        if (path.startsWith('/api/admin/sources')) return ['fuzz-board'];
        if (path.includes('/leads/')) return leadIds.slice(0, 3);
        return [];
      },
    };
  }

  return {
    app,
    db,
    seed,
    leadIds,
    adviserIds: [adviser.id, admin.id],
    secret,
    recoveryCodes,
    /** A new session for each request: what one run does (sign out, change password) cannot leak. */
    session: (who: 'adviser' | 'admin') => createSession(db, who === 'admin' ? admin.id : adviser.id, 1),
  };
}
