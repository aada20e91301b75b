import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../store/open-store';

/**
 * A crawl beside the server, in its own process (as `offramp crawl` from the CLI would be): it
 * renames leads in batches, one transaction each, then reports when its last write committed.
 * Usage: crawl-writer DATA_DIR CHANGED BATCHES
 */
const [dir = '', changedText = '500', batchesText = '10'] = process.argv.slice(2);
const changed = Number(changedText);
const batches = Number(batchesText);
const db = openStore(dir);
const maxRowid = (db.prepare('SELECT max(rowid) AS m FROM leads').get() as { m: number }).m;
const rename = db.prepare(
  "UPDATE leads SET title = ?, description = description || ' Updated by the crawl.', last_seen = ? WHERE rowid = ?",
);
let lastWrite = 0;
for (let b = 0; b < batches; b++) {
  db.transaction(() => {
    for (let k = 0; k < changed / batches; k++) {
      const rowid = 1 + ((b * 7919 + k * 104_729) % maxRowid);
      rename.run(`Crawlchanged${b} Specialist`, new Date().toISOString(), rowid);
    }
  })();
  lastWrite = Date.now();
  await sleep(100);
}
db.close();
process.send?.({ lastWrite });
