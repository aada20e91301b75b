import { Hono } from 'hono';
import { z } from 'zod';
import {
  compileExclusions,
  DEFAULT_EXCLUSION_RULES,
  exclusionRuleSchema,
  exclusionRulesSchema,
} from '../../../core/fit/exclusions';
import { audit } from '../../../store/advisers-repo';
import { exclusionHits } from '../../../store/exclusion-hits';
import { exclusionRules, resetExclusionRules, saveExclusionRules } from '../../../store/exclusions-repo';
import type { Store } from '../../../store/open-store';
import type { AdminActions } from '../../admin-actions';
import { apiError } from '../../api-error';
import type { SessionVariables } from '../../auth/session-middleware';
import {
  exclusionHitsDoc,
  exclusionsDoc,
  resetExclusionsDoc,
  saveExclusionsDoc,
  testExclusionDoc,
} from '../../openapi/admin-rule-docs';
import { validate } from '../../validate';

const rulesShape = z.strictObject({ rules: z.array(exclusionRuleSchema) });
const testBody = z.strictObject({
  rule: exclusionRuleSchema.extend({ id: z.string().max(60).default('draft') }),
  title: z.string().trim().max(500).default(''),
  company: z.string().trim().max(500).default(''),
});

/**
 * The exclusion rules: which employers and postings are hidden by default, each with a reason.
 * Saving starts a rescore of every lead in the background; its progress is in GET's `rescore`.
 */
export const adminExclusionRoutes = (db: Store, actions: AdminActions) =>
  new Hono<{ Variables: SessionVariables }>()
    .get('/exclusions', exclusionsDoc.describe, (c) =>
      exclusionsDoc.json(
        c,
        { ...exclusionRules(db), defaults: DEFAULT_EXCLUSION_RULES, rescore: actions.rescoreProgress() },
        200,
      ),
    )
    .get('/exclusions/hits', exclusionHitsDoc.describe, (c) => {
      const hits = exclusionHits(db, exclusionRules(db).rules);
      return exclusionHitsDoc.json(c, { hits: Object.fromEntries(hits) }, 200);
    })
    // Tries a rule before it is saved: whether it matches a title (and employer) typed in, and how
    // many current open jobs it would hide. The same checks as saving (pattern valid and safe).
    .post('/exclusions/test', testExclusionDoc.describe, validate('json', testBody), (c) => {
      const { rule, title, company } = c.req.valid('json');
      const checked = exclusionRulesSchema.safeParse({ rules: [rule] });
      if (!checked.success) {
        const message = checked.error.issues[0]?.message ?? 'is not valid';
        throw apiError(400, 'invalid_rule', `The rule “${rule.id}” cannot be used: its match ${message}.`);
      }
      const matchesSample = compileExclusions([rule])({ title, company, description: '' }) !== null;
      const hits = exclusionHits(db, [rule]).get(rule.id) ?? { count: 0, examples: [] };
      return testExclusionDoc.json(c, { matchesSample, ...hits }, 200);
    })
    .put('/exclusions', saveExclusionsDoc.describe, validate('json', rulesShape), (c) => {
      const { rules } = c.req.valid('json');
      // Patterns are checked here rather than by the validator so the message names the rule by its id.
      const checked = exclusionRulesSchema.safeParse({ rules });
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const index = Number(issue?.path[1] ?? 0);
        throw apiError(
          400,
          'invalid_rule',
          `The rule “${rules[index]?.id ?? index + 1}” cannot be saved: its match ${issue?.message ?? 'is not valid'}.`,
          { fields: [{ field: issue?.path.join('.') ?? 'rules', message: issue?.message ?? '' }], index },
        );
      }
      const ids = new Set<string>();
      rules.forEach((rule, i) => {
        if (ids.has(rule.id))
          throw apiError(400, 'invalid_request', `rules.${i}.id: "${rule.id}" is used twice`);
        ids.add(rule.id);
      });
      saveExclusionRules(db, rules);
      audit(db, c.get('session').adviser.id, 'edit-exclusions', null);
      actions.rescore();
      return saveExclusionsDoc.json(c, { ...exclusionRules(db), rescore: actions.rescoreProgress() }, 200);
    })
    .delete('/exclusions', resetExclusionsDoc.describe, (c) => {
      resetExclusionRules(db);
      audit(db, c.get('session').adviser.id, 'reset-exclusions', null);
      actions.rescore();
      return resetExclusionsDoc.json(c, { ...exclusionRules(db), rescore: actions.rescoreProgress() }, 200);
    });
