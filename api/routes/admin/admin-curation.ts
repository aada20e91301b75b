import { Hono } from 'hono';
import { z } from 'zod';
import { leadIndexer } from '../../../search/lead-indexer';
import type { SearchEngine } from '../../../search/search-engine';
import { audit } from '../../../store/advisers-repo';
import { curateLead, curationSchema, listCurated } from '../../../store/curation-repo';
import { raiseSearchFence } from '../../../store/data-version';
import type { Store } from '../../../store/open-store';
import { apiError } from '../../api-error';
import type { SessionVariables } from '../../auth/session-middleware';
import { curateDoc, curationDoc } from '../../openapi/admin-rule-docs';
import { validate } from '../../validate';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be a lead id' }) });

/** Curation: pin a lead with a note, hide it, or correct its tracks. Search sees the change at once. */
export const adminCurationRoutes = (db: Store, search: SearchEngine) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/curation', curationDoc.describe, (c) => curationDoc.json(c, { leads: listCurated(db) }, 200))
    .patch(
      '/leads/:id/curation',
      curateDoc.describe,
      validate('param', idParam),
      validate('json', curationSchema.strict()),
      async (c) => {
        const { id } = c.req.valid('param');
        const me = c.get('session').adviser;
        if (!curateLead(db, id, c.req.valid('json'), me.email))
          throw apiError(404, 'not_found', 'No such lead.');
        // The admin's next search shows this, whichever thread answers it (migration 0026).
        raiseSearchFence(db);
        await leadIndexer(db, search)([id]);
        audit(db, me.id, 'curate-lead', id);
        return curateDoc.json(c, { curated: listCurated(db).find((l) => l.leadId === id) ?? null }, 200);
      },
    );
