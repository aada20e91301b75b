import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { createLogger } from '../../api/logger';
import { startServer } from '../../api/start-server';
import { SearchWorkers } from '../../api/workers/search-workers';
import { parseConfig } from '../../core/config';
import { createAdviser } from '../../store/advisers-repo';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { fillStore } from '../helpers/synthetic-leads';
import { buildTestApp } from '../helpers/test-app';

const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

type Page = { total: number; hits: { id: string; curated: { note: string | null } | null }[] };

/**
 * `offramp serve` answers searches on worker threads, each with its own snapshot of the store, while
 * an admin's curation is written on the main thread. A crawl beside the server (another connection)
 * changes hundreds of leads, which the search thread patches in behind its answers; the admin's own
 * hide and pin must still show in their very next search.
 */
describe('an admin curating while a search thread patches in a crawl', () => {
  it('sees the hidden lead gone and the pinned one first in the next search', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-fence-'));
    const db = openStore(dir);
    migrate(db);
    fillStore(db, 3000);
    const { app } = buildTestApp({ db, env: { OFFRAMP_DATA_DIR: dir } });
    createAdviser(db, 'root@example.org', await hashPassword(TEST_PASSWORD), 'admin');
    const root = await signIn(app, 'root@example.org');
    await enrolSecondFactor(root, (s) => currentTotp(s));
    const workers = new SearchWorkers({
      size: 1,
      config: parseConfig({ OFFRAMP_DATA_DIR: dir }),
      logger: quiet,
    });
    await workers.ready();
    const server = await startServer(app, '127.0.0.1', 0, { searchWorkers: workers });
    const crawl = openStore(dir);
    cleanup.push(
      () => server.close(),
      () => workers.close(),
      () => void crawl.close(),
      () => void db.close(),
      () => rmSync(dir, { recursive: true, force: true }),
    );
    const landing = async () =>
      (await (await fetch(`http://127.0.0.1:${server.port}/api/leads`)).json()) as Page;
    const before = await landing();
    const [hide, , pin] = before.hits;

    // The crawl renames 800 leads; the thread's next search starts patching them in.
    const rename = crawl.prepare("UPDATE leads SET title = title || ' (updated)' WHERE rowid = ?");
    crawl.transaction(() => {
      for (let k = 0; k < 800; k++) rename.run(1 + k * 3);
    })();
    expect((await landing()).total).toBe(before.total);

    expect((await root('PATCH', `/api/admin/leads/${hide?.id}/curation`, { hidden: true })).status).toBe(200);
    expect(
      (await root('PATCH', `/api/admin/leads/${pin?.id}/curation`, { pinned: true, note: 'Hires veterans' }))
        .status,
    ).toBe(200);
    const after = await landing();
    expect(after.total).toBe(before.total - 1);
    expect(after.hits.map((h) => h.id)).not.toContain(hide?.id);
    expect(after.hits[0]).toMatchObject({ id: pin?.id, curated: { note: 'Hires veterans' } });
    expect([...workers.answered.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });
});
