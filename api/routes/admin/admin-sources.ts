import { Hono } from 'hono';
import { z } from 'zod';
import { sourceFromEntry } from '../../../core/catalogue';
import type { Config } from '../../../core/config';
import type { PrivateHosts } from '../../../core/private-hosts';
import type { SourceConfig } from '../../../core/source-config';
import { sourceConfigSchema } from '../../../core/source-config';
import { assertFetchableUrl } from '../../../crawler/http/address-guard';
import { loadCatalogue } from '../../../crawler/load-catalogue';
import { audit } from '../../../store/advisers-repo';
import { lastRunBySource, recentRuns } from '../../../store/crawl-runs-repo';
import type { Store } from '../../../store/open-store';
import {
  getSource,
  insertSource,
  listStoredSources,
  SourceExistsError,
  setSourceEnabled,
  sourceExists,
  upsertSources,
} from '../../../store/sources-repo';
import type { AdminActions } from '../../admin-actions';
import { apiError } from '../../api-error';
import type { SessionVariables } from '../../auth/session-middleware';
import {
  addFromCatalogueDoc,
  addSourceDoc,
  catalogueDoc,
  editSourceDoc,
  pauseSourceDoc,
  runSourceDoc,
  runsDoc,
  sourcesDoc,
} from '../../openapi/admin-docs';
import { validate } from '../../validate';

const idParam = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be a source id'),
});
const enabledBody = z.strictObject({ enabled: z.boolean() });

/** The addresses a source will fetch from, where they are not one of the fixed public APIs. */
function addressesOf(source: SourceConfig): { field: string; url: string }[] {
  const list: { field: string; url: string }[] = [];
  if (source.baseUrl) list.push({ field: 'baseUrl', url: source.baseUrl });
  if ((source.type === 'jsonld' || source.type === 'neogov') && source.url)
    list.push({ field: 'url', url: source.url });
  // Every type whose board lives on a host the admin names (Workday, Oracle Recruiting Cloud, iCIMS).
  if (!source.baseUrl && 'host' in source && typeof source.host === 'string')
    list.push({ field: 'host', url: `https://${source.host}/` });
  return list;
}

/**
 * Refuses a source whose addresses are not public (OWASP SSRF prevention): an admin's form must not
 * become a way to reach the machine's own network. ALLOW_PRIVATE_HOSTS lifts this for development.
 * The crawler checks again at connect time, so DNS that changes later is caught there.
 */
async function assertPublic(source: SourceConfig, allowPrivate: PrivateHosts): Promise<void> {
  for (const { field, url } of addressesOf(source)) {
    try {
      await assertFetchableUrl(url, allowPrivate);
    } catch (error) {
      // A name DNS does not know gets a sentence, not the resolver's "getaddrinfo ENOTFOUND".
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA'
          ? `the host ${new URL(url).hostname} could not be found; check the spelling`
          : (error as Error).message;
      throw apiError(400, 'blocked_address', `${field}: ${message}`);
    }
  }
}

const catalogueBody = z.object({
  ids: z.array(z.string().max(80)).min(1, 'pick at least one entry').max(500),
});

/** Sources: add, edit, pause, run now, and see each one's last run. */
export const adminSourceRoutes = (db: Store, config: Config, actions: AdminActions) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/sources', sourcesDoc.describe, (c) => {
      const last = lastRunBySource(db);
      const stored = listStoredSources(db);
      const sources = stored.flatMap((s) =>
        s.config ? [{ source: s.config, lastRun: last.get(s.id) ?? null }] : [],
      );
      // Stored before a rule tightened: shown with the problem, so an admin can fix them.
      const invalid = stored.flatMap((s) =>
        s.config ? [] : [{ id: s.id, problem: s.problem ?? '', raw: s.raw }],
      );
      return sourcesDoc.json(c, { sources, invalid, crawling: actions.crawling() }, 200);
    })
    .post('/sources', addSourceDoc.describe, validate('json', sourceConfigSchema), async (c) => {
      const source = c.req.valid('json');
      await assertPublic(source, config.ALLOW_PRIVATE_HOSTS);
      try {
        insertSource(db, source);
      } catch (error) {
        if (error instanceof SourceExistsError) throw apiError(409, 'source_exists', error.message);
        throw error;
      }
      audit(db, c.get('session').adviser.id, 'add-source', source.id);
      return addSourceDoc.json(c, { source }, 201);
    })
    .put(
      '/sources/:id',
      editSourceDoc.describe,
      validate('param', idParam),
      validate('json', sourceConfigSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const source = c.req.valid('json');
        if (source.id !== id) throw apiError(400, 'id_mismatch', 'id: must match the source being edited');
        if (!sourceExists(db, id)) throw apiError(404, 'not_found', 'No such source.');
        await assertPublic(source, config.ALLOW_PRIVATE_HOSTS);
        upsertSources(db, [source]);
        audit(db, c.get('session').adviser.id, 'edit-source', id);
        return editSourceDoc.json(c, { source }, 200);
      },
    )
    .patch(
      '/sources/:id',
      pauseSourceDoc.describe,
      validate('param', idParam),
      validate('json', enabledBody),
      (c) => {
        const { id } = c.req.valid('param');
        const { enabled } = c.req.valid('json');
        if (!setSourceEnabled(db, id, enabled)) throw apiError(404, 'not_found', 'No such source.');
        audit(db, c.get('session').adviser.id, enabled ? 'resume-source' : 'pause-source', id);
        return pauseSourceDoc.json(c, { source: getSource(db, id) }, 200);
      },
    )
    .post('/sources/:id/run', runSourceDoc.describe, validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      if (!getSource(db, id)) throw apiError(404, 'not_found', 'No such source.');
      if (!actions.crawlNow([id]))
        throw apiError(409, 'crawl_running', 'A crawl is running already. Try again when it has finished.');
      audit(db, c.get('session').adviser.id, 'run-source', id);
      return runSourceDoc.json(c, { started: true }, 202);
    })
    .get('/runs', runsDoc.describe, (c) =>
      runsDoc.json(c, { runs: recentRuns(db, 20), crawling: actions.crawling() }, 200),
    )
    // The starter catalogue (sources/catalogue.yaml): what is in it, and which entries are added.
    .get('/catalogue', catalogueDoc.describe, (c) => {
      const entries = loadCatalogue().map(({ params: _p, ...e }) => ({
        ...e,
        added: sourceExists(db, e.id),
      }));
      return catalogueDoc.json(c, { entries }, 200);
    })
    .post('/catalogue', addFromCatalogueDoc.describe, validate('json', catalogueBody), (c) => {
      const { ids } = c.req.valid('json');
      const entries = loadCatalogue();
      const unknown = ids.filter((id) => !entries.some((e) => e.id === id));
      if (unknown.length > 0)
        throw apiError(400, 'unknown_entry', `ids: no catalogue entry called ${unknown.join(', ')}`);
      const added: string[] = [];
      const problems: string[] = [];
      for (const entry of entries.filter((e) => ids.includes(e.id))) {
        if (sourceExists(db, entry.id)) continue;
        const result = sourceFromEntry(entry, { usajobsEmail: config.USAJOBS_USER_AGENT_EMAIL });
        if ('problem' in result) {
          problems.push(result.problem);
          continue;
        }
        insertSource(db, result.source);
        audit(db, c.get('session').adviser.id, 'add-source', entry.id);
        added.push(entry.id);
      }
      return addFromCatalogueDoc.json(c, { added, problems }, 200);
    });
