import { noDegreeRequired } from '../../core/lead/degree-requirement';
import type { Migration } from '../migration';

/**
 * Whether a posting asks for no college degree (core/lead/degree-requirement.ts), kept as a column
 * so the seeker's "no degree required" filter reads one value per lead rather than every
 * description. Leads stored before this are read once here.
 */
export const noDegreeColumn: Migration = {
  version: 13,
  name: 'no-degree',
  up: (db) => {
    db.exec('ALTER TABLE leads ADD COLUMN no_degree INTEGER NOT NULL DEFAULT 0');
    const mark = db.prepare('UPDATE leads SET no_degree = 1 WHERE rowid = ?');
    for (const row of db.prepare('SELECT rowid AS r, description AS d FROM leads').iterate() as Iterable<{
      r: number;
      d: string;
    }>) {
      if (noDegreeRequired(row.d)) mark.run(row.r);
    }
  },
};
