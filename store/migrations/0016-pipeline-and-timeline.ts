import type { Migration } from '../migration';

/**
 * The adviser's pipeline. Bookmark stages become the board's columns (old "saved" and
 * "recommended" both read as "suggested", "rejected" as "closed"); a bookmark gains a private note,
 * a reason when closed and a follow-up date. Share links gain a label (encrypted: it may say how the
 * client is reached), the fields the adviser ticked and when the link was last opened. Each client
 * has an activity timeline whose text is encrypted like the notes. Invites gain a label.
 */
export const pipelineAndTimeline: Migration = {
  version: 16,
  name: 'pipeline-and-timeline',
  up: (db) => {
    db.exec(`
      ALTER TABLE bookmarks ADD COLUMN private_note TEXT;
      ALTER TABLE bookmarks ADD COLUMN closed_reason TEXT;
      ALTER TABLE bookmarks ADD COLUMN follow_up_on TEXT;
      UPDATE bookmarks SET stage = CASE stage
        WHEN 'saved' THEN 'suggested'
        WHEN 'recommended' THEN 'suggested'
        WHEN 'rejected' THEN 'closed'
        ELSE stage END;
      UPDATE bookmarks SET closed_reason = 'not-selected' WHERE stage = 'closed';
      CREATE INDEX bookmarks_follow_up ON bookmarks (follow_up_on);

      ALTER TABLE share_links ADD COLUMN label TEXT;
      ALTER TABLE share_links ADD COLUMN fields TEXT;
      ALTER TABLE share_links ADD COLUMN last_viewed_at TEXT;
      ALTER TABLE share_links ADD COLUMN view_count INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE client_events (
        id          TEXT PRIMARY KEY,
        client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        body        TEXT NOT NULL,
        at          TEXT NOT NULL
      );
      CREATE INDEX client_events_client ON client_events (client_id, at);
      CREATE INDEX client_events_at ON client_events (at);

      ALTER TABLE invites ADD COLUMN label TEXT;
    `);
  },
};
