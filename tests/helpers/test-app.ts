import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { AdminActions } from '../../api/admin-actions';
import { DataCipher } from '../../api/auth/data-cipher';
import { createApp } from '../../api/create-app';
import { createLogger } from '../../api/logger';
import type { RenderPool } from '../../api/workers/render-pool';
import { parseConfig } from '../../core/config';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import type { SearchEngine } from '../../search/search-engine';
import { migrate } from '../../store/migrate';
import type { Store } from '../../store/open-store';
import { openMemoryStore } from '../../store/open-store';

/** A fresh app on an in-memory store, with its log lines captured for assertions. */
export function buildTestApp(
  options: {
    env?: Record<string, string>;
    search?: SearchEngine;
    webRoot?: string;
    db?: Store;
    renderPool?: RenderPool;
    /** Crawls and rescores admins start; by default they run in this process. */
    admin?: AdminActions;
  } = {},
) {
  const config = parseConfig(options.env ?? {});
  const db = options.db ?? openMemoryStore();
  migrate(db);
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger('info', sink);
  const search = options.search ?? new EmbeddedSearchEngine(db);
  const cipher = new DataCipher(randomBytes(32));
  const app = createApp({
    config,
    db,
    search,
    logger,
    cipher,
    webRoot: options.webRoot,
    renderPool: options.renderPool,
    admin: options.admin,
  });
  return { app, db, config, logLines, cipher };
}
