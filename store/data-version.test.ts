import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusStore } from '../tests/search/corpus';
import { createAdviser, createSession } from './advisers-repo';
import { curateLead } from './curation-repo';
import { dataVersion } from './data-version';
import { migrate } from './migrate';
import { openStore } from './open-store';

describe('dataVersion', () => {
  it('moves when a lead or its curation changes', () => {
    const { db, idOf } = corpusStore();
    const before = dataVersion(db);
    db.prepare("UPDATE leads SET title = 'Fraud Examiner' WHERE id = ?").run(idOf('fraud-1'));
    const afterEdit = dataVersion(db);
    expect(afterEdit).not.toBe(before);
    curateLead(db, idOf('aml-1'), { pinned: true }, 'admin');
    expect(dataVersion(db)).not.toBe(afterEdit);
  });

  it('stays put when an adviser signs in or uses a session, so search keeps its caches', () => {
    const { db } = corpusStore();
    const before = dataVersion(db);
    const adviser = createAdviser(db, 'a@example.org', 'hash', 'adviser');
    createSession(db, adviser.id, 12);
    expect(dataVersion(db)).toBe(before);
  });

  it('sees a change committed by another connection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-version-'));
    const reader = openStore(dir);
    migrate(reader);
    const writer = openStore(dir);
    const before = dataVersion(reader);
    writer.exec(
      `INSERT INTO leads (id, source_id, source_type, source_lead_id, title, company, places, url, canonical_url,
         description_html, description, fingerprint, content_hash, first_seen, last_seen, updated_at)
       VALUES ('x', 's', 'greenhouse', '1', 'Analyst', 'Acme', '[]', 'u', 'u', '', '', 'f', 'h', 'now', 'now', 'now')`,
    );
    expect(dataVersion(reader)).not.toBe(before);
    reader.close();
    writer.close();
  });
});
