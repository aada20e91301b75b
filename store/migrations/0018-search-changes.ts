import type { Migration } from '../migration';

/**
 * The `leads` columns search reads or shows. A write that changes none of them (a re-crawl that
 * only refreshes last_seen) no longer moves the search counters, so it no longer invalidates
 * anything.
 */
export const SEARCHED = [
  'id',
  'source_id',
  'source_type',
  'title',
  'company',
  'location',
  'city',
  'region',
  'country',
  'latitude',
  'longitude',
  'remote',
  'employment_type',
  'salary',
  'salary_annual_max',
  'url',
  'apply_url',
  'posted_at',
  'closes_at',
  'description',
  'status',
  'fit',
  'fit_score',
  'excluded',
  'first_seen',
  'tracks',
  'no_degree',
];

/** Bumps the shared change sequence and records that a lead (by rowid) changed at it. */
const LOG = (rowid: string) => `
  UPDATE search_version SET changes = changes + 1 WHERE id = 1;
  INSERT INTO search_changes (lead_rowid, change)
    SELECT r, c FROM (SELECT ${rowid} AS r, (SELECT changes FROM search_version WHERE id = 1) AS c) WHERE r IS NOT NULL
    ON CONFLICT (lead_rowid) DO UPDATE SET change = excluded.change;`;

/**
 * Which leads changed since a given point, for any process reading the same store: a sequence
 * (`search_version.changes`) that every change to a lead or its curation moves, and the last value
 * at which each lead changed. The embedded engine patches exactly those leads into its in-memory
 * index, whether the write came from this process or from a CLI crawl beside it. One row per lead,
 * so the log never grows past the leads ever stored.
 */
export const searchChanges: Migration = {
  version: 18,
  name: 'search-changes',
  up: (db) => {
    const changed = SEARCHED.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
    db.exec(`
      ALTER TABLE search_version ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE search_changes (
        lead_rowid INTEGER PRIMARY KEY,
        change     INTEGER NOT NULL
      );
      CREATE INDEX search_changes_change ON search_changes (change);
      DROP TRIGGER leads_search_version_insert;
      DROP TRIGGER leads_search_version_update;
      DROP TRIGGER leads_search_version_delete;
      CREATE TRIGGER leads_search_version_insert AFTER INSERT ON leads BEGIN
        UPDATE search_version SET version = version + 1 WHERE id = 1; ${LOG('new.rowid')}
      END;
      CREATE TRIGGER leads_search_version_update AFTER UPDATE ON leads WHEN ${changed} BEGIN
        UPDATE search_version SET version = version + 1 WHERE id = 1; ${LOG('new.rowid')}
      END;
      CREATE TRIGGER leads_search_version_delete AFTER DELETE ON leads BEGIN
        UPDATE search_version SET version = version + 1 WHERE id = 1; ${LOG('old.rowid')}
      END;
    `);
    for (const [event, row] of [
      ['INSERT', 'new'],
      ['UPDATE', 'new'],
      ['DELETE', 'old'],
    ] as const) {
      const name = `lead_curation_search_version_${event.toLowerCase()}`;
      db.exec(`
        DROP TRIGGER ${name};
        CREATE TRIGGER ${name} AFTER ${event} ON lead_curation BEGIN
          UPDATE search_version SET curation = curation + 1 WHERE id = 1;
          ${LOG(`(SELECT rowid FROM leads WHERE id = ${row}.lead_id)`)}
        END;
      `);
    }
  },
};
