import { Hono } from 'hono';
import { DEFAULT_EXCLUSION_RULES, exclusionRulesSchema } from '../../../core/fit/exclusions';
import { audit } from '../../../store/advisers-repo';
import { exclusionRules, resetExclusionRules, saveExclusionRules } from '../../../store/exclusions-repo';
import type { Store } from '../../../store/open-store';
import type { AdminActions } from '../../admin-actions';
import { apiError } from '../../api-error';
import type { SessionVariables } from '../../auth/session-middleware';
import { validate } from '../../validate';

/**
 * The exclusion rules: which employers and postings are hidden by default, each with a reason.
 * Saving starts a rescore of every lead in the background; its progress is in GET's `rescore`.
 */
export const adminExclusionRoutes = (db: Store, actions: AdminActions) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/exclusions', (c) =>
      c.json(
        { ...exclusionRules(db), defaults: DEFAULT_EXCLUSION_RULES, rescore: actions.rescoreProgress() },
        200,
      ),
    )
    .put('/exclusions', validate('json', exclusionRulesSchema), (c) => {
      const { rules } = c.req.valid('json');
      const ids = new Set<string>();
      rules.forEach((rule, i) => {
        if (ids.has(rule.id))
          throw apiError(400, 'invalid_request', `rules.${i}.id: "${rule.id}" is used twice`);
        ids.add(rule.id);
      });
      saveExclusionRules(db, rules);
      audit(db, c.get('session').adviser.id, 'edit-exclusions', null);
      actions.rescore();
      return c.json({ ...exclusionRules(db), rescore: actions.rescoreProgress() }, 200);
    })
    .delete('/exclusions', (c) => {
      resetExclusionRules(db);
      audit(db, c.get('session').adviser.id, 'reset-exclusions', null);
      actions.rescore();
      return c.json({ ...exclusionRules(db), rescore: actions.rescoreProgress() }, 200);
    });
