import type { Migration } from '../migration';

/**
 * An admin's correction of the O*NET occupations a lead was classified as. It sits beside the
 * lead rather than in its fit, so a recrawl or a rescore (which rewrite the fit) keep it: the
 * scorer reads it each time. Corrected tracks stay in lead_curation, where they already were.
 */
export const fitCorrections: Migration = {
  version: 15,
  name: 'fit-corrections',
  up: (db) => {
    db.exec(`
      CREATE TABLE lead_fit_corrections (
        lead_id TEXT PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
        occupations TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
