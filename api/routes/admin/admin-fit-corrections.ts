import { Hono } from 'hono';
import { z } from 'zod';
import { createScorer, onetIndex } from '../../../core/fit/create-scorer';
import { normaliseTitleForMatch } from '../../../core/fit/title-match';
import { leadIndexer } from '../../../search/lead-indexer';
import type { SearchEngine } from '../../../search/search-engine';
import { audit } from '../../../store/advisers-repo';
import { curateLead } from '../../../store/curation-repo';
import { raiseSearchFence } from '../../../store/data-version';
import { exclusionRules } from '../../../store/exclusions-repo';
import {
  fitCorrectionInputSchema,
  fitCorrectionOf,
  saveCorrectedOccupations,
  scorerCorrection,
} from '../../../store/fit-corrections-repo';
import { getLead, updateLeadScores } from '../../../store/leads-repo';
import type { Store } from '../../../store/open-store';
import { apiError } from '../../api-error';
import type { SessionVariables } from '../../auth/session-middleware';
import { correctFitDoc, leadFitDoc, occupationsDoc } from '../../openapi/admin-rule-docs';
import { validate } from '../../validate';

const idParam = z.strictObject({ id: z.uuid({ error: 'must be a lead id' }) });
const occupationQuery = z.strictObject({
  q: z.string().trim().min(2, 'must be at least 2 characters').max(80, 'must be at most 80 characters'),
});

/** O*NET occupations whose own title or an alternate title contains the words asked for. */
function findOccupations(q: string): { code: string; title: string }[] {
  const index = onetIndex();
  const words = normaliseTitleForMatch(q).split(' ').filter(Boolean);
  if (/^\d{2}-\d{4}\.\d{2}$/.test(q.trim()))
    return index.data.occupations
      .filter(([code]) => code === q.trim())
      .map(([code, title]) => ({ code, title }));
  return index.data.occupations
    .filter(([, title]) => {
      const own = normaliseTitleForMatch(title);
      return words.every((w) => own.includes(w));
    })
    .slice(0, 10)
    .map(([code, title]) => ({ code, title }));
}

/**
 * An admin corrects what a lead is: its O*NET occupations and its civilian tracks. The lead is
 * scored again at once with the correction, search sees the new scores, the audit log records
 * who did it, and later recrawls and rescores keep it (store/fit-corrections-repo.ts).
 */
export const adminFitCorrectionRoutes = (db: Store, search: SearchEngine) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/occupations', occupationsDoc.describe, validate('query', occupationQuery), (c) =>
      occupationsDoc.json(c, { occupations: findOccupations(c.req.valid('query').q) }, 200),
    )
    .get('/leads/:id/fit', leadFitDoc.describe, validate('param', idParam), (c) => {
      const { id } = c.req.valid('param');
      const lead = getLead(db, id);
      if (!lead) throw apiError(404, 'not_found', 'No such lead.');
      return leadFitDoc.json(c, { fit: lead.fit, correction: fitCorrectionOf(db, id) }, 200);
    })
    .put(
      '/leads/:id/fit',
      correctFitDoc.describe,
      validate('param', idParam),
      validate('json', fitCorrectionInputSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const { occupations, tracks } = c.req.valid('json');
        const index = onetIndex();
        // occupationTitle gives back a code it does not know, so a code that names itself is unknown.
        const named = (code: string) => index.occupationTitle(code) !== code;
        const unknown = (occupations ?? []).findIndex((code) => !named(code));
        if (unknown >= 0)
          throw apiError(
            400,
            'invalid_request',
            `occupations.${unknown}: no O*NET occupation has this code`,
            {
              fields: [{ field: `occupations.${unknown}`, message: 'no O*NET occupation has this code' }],
            },
          );
        const lead = getLead(db, id);
        if (!lead) throw apiError(404, 'not_found', 'No such lead.');
        const me = c.get('session').adviser;
        const score = createScorer(exclusionRules(db).rules);
        db.transaction(() => {
          saveCorrectedOccupations(db, id, occupations, me.email);
          curateLead(db, id, { tracks }, me.email);
          const next = score(lead, scorerCorrection(db, id));
          updateLeadScores(db, id, next.fit, next.excluded, new Date().toISOString());
        })();
        // The admin's next search shows this, whichever thread answers it (migration 0026).
        raiseSearchFence(db);
        await leadIndexer(db, search)([id]);
        audit(db, me.id, occupations || tracks ? 'correct-lead-fit' : 'remove-lead-fit-correction', id);
        return correctFitDoc.json(
          c,
          { fit: getLead(db, id)?.fit ?? null, correction: fitCorrectionOf(db, id) },
          200,
        );
      },
    );
