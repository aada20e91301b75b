import safeRegex from 'safe-regex2';
import { z } from 'zod';
import type { Exclusion } from '../lead/lead';
import defaultRules from './data/exclusion-rules.json' with { type: 'json' };

export const exclusionRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,60}$/, 'must be 2-60 lower-case letters, digits or dashes'),
  kind: z.enum(['employer', 'pattern']),
  match: z.string().min(3, 'must be at least 3 characters'),
  caseSensitive: z.boolean().optional(),
  reason: z.string().min(5, 'must say why, in words a seeker can read'),
});
export type ExclusionRule = z.infer<typeof exclusionRuleSchema>;

export const exclusionRulesSchema = z
  .object({ rules: z.array(exclusionRuleSchema) })
  .superRefine((file, ctx) => {
    file.rules.forEach((rule, i) => {
      if (rule.kind !== 'pattern') return;
      try {
        new RegExp(rule.match);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'match'],
          message: `is not a valid pattern: ${(error as Error).message}`,
        });
        return;
      }
      // Patterns run over every posting's text; nested repetition such as (a+)+ can take
      // exponential time on some inputs (OWASP: regular expression denial of service).
      if (!safeRegex(rule.match))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'match'],
          message: 'could take very long on some text (nested repetition); simplify the pattern',
        });
    });
  });

export const DEFAULT_EXCLUSION_RULES: ExclusionRule[] = exclusionRulesSchema.parse(defaultRules).rules;

const squeeze = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

type Lead = { company: string; title: string; description: string };

/** Compiled rules: employer names as whole-word phrases, patterns over title and description. */
export function compileExclusions(rules: ExclusionRule[]) {
  const compiled = rules.map((rule) => {
    if (rule.kind === 'employer') {
      const name = squeeze(rule.match);
      return { rule, matches: (lead: Lead) => squeeze(lead.company).includes(name) };
    }
    const regex = new RegExp(rule.match, rule.caseSensitive ? '' : 'i');
    return { rule, matches: (lead: Lead) => regex.test(`${lead.title}\n${lead.description}`) };
  });
  return (lead: Lead): Exclusion | null => {
    const hit = compiled.find((c) => c.matches(lead));
    return hit ? { reason: hit.rule.reason, rule: hit.rule.id } : null;
  };
}
