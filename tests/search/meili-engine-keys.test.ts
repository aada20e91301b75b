import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../core/search/search-query';
import { leadIndexer } from '../../search/lead-indexer';
import { MeiliSearchEngine } from '../../search/meili/meili-engine';
import type { Store } from '../../store/open-store';
import type { MeiliServer } from '../fixture-servers/meilisearch-server';
import { startMeiliServer } from '../fixture-servers/meilisearch-server';
import { corpusStore, NOW } from './corpus';

const INDEX = 'offramp-leads';
const search = (engine: MeiliSearchEngine, q: string) =>
  engine.search(searchQuerySchema.parse({ q, perPage: 50 }));
const titles = async (engine: MeiliSearchEngine, q: string) =>
  (await search(engine, q)).hits.map((h) => h.title).sort();

/** The keys requests carried, by kind: searches, and everything else the engine sent (writes, tasks, keys). */
function keysUsed(server: MeiliServer) {
  const searches = server.requests.filter((r) => r.path.endsWith('/search'));
  const others = server.requests.filter((r) => !r.path.endsWith('/search') && r.path !== '/health');
  return { search: new Set(searches.map((r) => r.key)), other: new Set(others.map((r) => r.key)) };
}

describe('the Meilisearch engine, against a server that checks keys as Meilisearch does', () => {
  let server: MeiliServer;
  let db: Store;
  let idOf: (id: string) => string;
  const engineWith = (searchKey?: string) =>
    new MeiliSearchEngine({
      url: server.url,
      key: server.adminKey,
      searchKey,
      index: INDEX,
      clock: () => NOW,
    });

  beforeEach(() => {
    ({ db, idOf } = corpusStore());
  });
  afterEach(async () => {
    await server.close();
    db.close();
  });

  it('writes with the admin key and searches with a search-only key it creates, which cannot write', async () => {
    server = await startMeiliServer({ masterKey: 'fixture-master-key-0123456789', defaultSearchKey: false });
    const engine = engineWith();
    await engine.reindex(db);
    expect(await titles(engine, 'fraud investigator')).toContain('Fraud Investigator');

    const created = server.keys.find((k) => k.name === `offramp-search-${INDEX}`);
    expect(created).toMatchObject({ actions: ['search'], indexes: [INDEX], expiresAt: null });
    expect(keysUsed(server)).toEqual({ search: new Set([created?.key]), other: new Set([server.adminKey]) });

    // A leaked query key gets Meilisearch's 403 when it tries to write.
    const leaked = await fetch(`${server.url}/indexes/${INDEX}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${created?.key}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ id: 'spam', title: 'Send money' }]),
    });
    expect(leaked.status).toBe(403);
    expect(await leaked.json()).toMatchObject({ code: 'invalid_api_key' });
  });

  it("reuses the server's search-only key instead of creating another", async () => {
    server = await startMeiliServer({ masterKey: 'fixture-master-key-0123456789' });
    const engine = engineWith();
    await engine.reindex(db);
    await search(engine, 'records');
    const defaultSearch = server.keys.find((k) => k.name === 'Default Search API Key');
    expect(server.keys).toHaveLength(2);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path === '/keys')).toEqual([]);
    expect(keysUsed(server).search).toEqual(new Set([defaultSearch?.key]));
  });

  it('searches with MEILI_SEARCH_KEY when given, without reading the keys', async () => {
    server = await startMeiliServer({ masterKey: 'fixture-master-key-0123456789' });
    const given = server.keys.find((k) => k.name === 'Default Search API Key')?.key as string;
    const engine = engineWith(given);
    await engine.reindex(db);
    expect(await titles(engine, 'records')).toContain('Records Specialist');
    expect(server.requests.filter((r) => r.path.startsWith('/keys'))).toEqual([]);
    expect(keysUsed(server)).toEqual({ search: new Set([given]), other: new Set([server.adminKey]) });
  });

  it('sends only the changed documents, deletes removed leads, and keeps closed ones out of default results', async () => {
    server = await startMeiliServer({ masterKey: 'fixture-master-key-0123456789' });
    const engine = engineWith();
    await engine.reindex(db);
    expect(await titles(engine, 'records')).toContain('Records Specialist');
    server.requests.length = 0;

    db.prepare("UPDATE leads SET title = 'Fraud Investigator (Night Shift)' WHERE id = ?").run(
      idOf('fraud-1'),
    );
    db.prepare("UPDATE leads SET status = 'closed', closed_reason = 'no longer listed' WHERE id = ?").run(
      idOf('records-1'),
    );
    db.prepare('DELETE FROM leads WHERE id = ?').run(idOf('eng-1'));
    await leadIndexer(db, engine)([idOf('fraud-1'), idOf('records-1'), idOf('eng-1')]);

    const sent = server.requests.filter(
      (r) => r.method === 'POST' && r.path === `/indexes/${INDEX}/documents`,
    );
    expect(sent.flatMap((r) => (r.body as { id: string }[]).map((d) => d.id)).sort()).toEqual(
      [idOf('fraud-1'), idOf('records-1')].sort(),
    );
    const deleted = server.requests.filter((r) => r.path === `/indexes/${INDEX}/documents/delete-batch`);
    expect(deleted.map((r) => r.body)).toEqual([[idOf('eng-1')]]);
    expect(server.indexes.get(INDEX)?.documents.size).toBe(11);

    expect(await titles(engine, 'night shift')).toEqual(['Fraud Investigator (Night Shift)']);
    expect(await titles(engine, 'records')).not.toContain('Records Specialist');
    expect(await titles(engine, 'typescript')).toEqual([]);
    const closed = await engine.search(searchQuerySchema.parse({ q: 'records', status: 'closed' }));
    expect(closed.hits.map((h) => h.title)).toContain('Records Specialist');
  });
});
