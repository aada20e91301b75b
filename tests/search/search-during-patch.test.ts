import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../core/search/search-query';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { curateLead } from '../../store/curation-repo';
import { raiseSearchFence } from '../../store/data-version';
import { migrate } from '../../store/migrate';
import type { Store } from '../../store/open-store';
import { openStore } from '../../store/open-store';
import { fillStore } from '../helpers/synthetic-leads';

const NOW = new Date(Date.UTC(2026, 10, 20));
const CHANGED = 300;
let cleanup: (() => void)[] = [];

afterEach(() => {
  for (const done of cleanup.reverse()) done();
  cleanup = [];
});

/**
 * A store file with two connections, as `offramp serve` (or one of its search threads) and a CLI
 * crawl beside it have: the engine reads one, the "crawl" writes the other.
 */
function twoConnections(): { reader: Store; writer: Store } {
  const dir = mkdtempSync(join(tmpdir(), 'offramp-patch-'));
  const writer = openStore(dir);
  migrate(writer);
  fillStore(writer, 3000);
  const reader = openStore(dir);
  cleanup.push(() => {
    reader.close();
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { reader, writer };
}

/** A crawl in the other process renames CHANGED leads in one transaction. */
function crawlRenames(writer: Store): void {
  const rename = writer.prepare('UPDATE leads SET title = ? WHERE rowid = ?');
  writer.transaction(() => {
    for (let k = 0; k < CHANGED; k++) rename.run('Renamedbycrawl Coordinator', 1 + k * 7);
  })();
}

const query = (input: Record<string, unknown>) => searchQuerySchema.parse(input);

describe('searches while a crawl is patched in', () => {
  it('answer at once from the snapshot as it stands, and show the whole crawl once it is in', async () => {
    const { reader, writer } = twoConnections();
    const engine = new EmbeddedSearchEngine(reader, { clock: () => NOW, watchMs: 0 });
    cleanup.push(() => void engine.close());
    const renamed = query({ q: 'renamedbycrawl' });
    expect((await engine.search(renamed)).total).toBe(0);

    crawlRenames(writer);
    // This search starts the patch, and does not wait for its 300 leads: it answers from the
    // snapshot as it stands, before the crawl is in.
    const during = await engine.search(renamed);
    expect(during.total).toBeLessThan(CHANGED);
    expect(engine.upToDate()).toBe(false);

    // sync() resolves once every change made before it is in, as the crawl's own index step needs.
    await engine.sync({ upserted: [], deleted: [] });
    expect(engine.upToDate()).toBe(true);
    const after = await engine.search(renamed);
    expect(after.total).toBe(CHANGED);
    expect(after.hits[0]?.title).toBe('Renamedbycrawl Coordinator');
  });

  it("still show an admin's own edit at once, made on another connection during a crawl's patch", async () => {
    const { reader, writer } = twoConnections();
    const engine = new EmbeddedSearchEngine(reader, { clock: () => NOW, watchMs: 0 });
    cleanup.push(() => void engine.close());
    const landing = query({});
    const top = (await engine.search(landing)).hits[0];
    expect(top).toBeDefined();

    crawlRenames(writer);
    await engine.search(query({ q: 'coordinator' }));
    expect(engine.upToDate()).toBe(false);
    // The admin hides the top lead on the main thread's connection (here: the writer's), while this
    // engine, like a search thread's, is still patching in the crawl.
    curateLead(writer, top?.id as string, { hidden: true }, 'admin@example.org');
    raiseSearchFence(writer);
    const next = await engine.search(landing);
    expect(next.hits.map((h) => h.id)).not.toContain(top?.id);
    expect(engine.upToDate()).toBe(true);
  });
});
