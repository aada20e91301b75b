import safeRegex from 'safe-regex2';
import { z } from 'zod';
import type { Exclusion } from '../lead/lead';
import defaultRules from './data/exclusion-rules.json' with { type: 'json' };

export const exclusionRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,60}$/, 'must be 2-60 lower-case letters, digits or dashes'),
  kind: z.enum(['employer', 'pattern']),
  match: z.string().min(3, 'must be at least 3 characters'),
  caseSensitive: z.boolean().optional(),
  /** A pattern that, found in the same posting, means the rule does not apply (legal aid for detained people). */
  unless: z.string().min(3, 'must be at least 3 characters').optional(),
  reason: z.string().min(5, 'must say why, in words a seeker can read'),
});
export type ExclusionRule = z.infer<typeof exclusionRuleSchema>;

export const exclusionRulesSchema = z
  .object({ rules: z.array(exclusionRuleSchema) })
  .superRefine((file, ctx) => {
    file.rules.forEach((rule, i) => {
      const patterns = [
        rule.kind === 'pattern' ? (['match', rule.match] as const) : null,
        rule.unless ? (['unless', rule.unless] as const) : null,
      ];
      for (const entry of patterns) {
        if (!entry) continue;
        const [field, source] = entry;
        try {
          new RegExp(source);
        } catch (error) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i, field],
            message: `is not a valid pattern: ${(error as Error).message}`,
          });
          continue;
        }
        // Patterns run over every posting's text; nested repetition such as (a+)+ can take
        // exponential time on some inputs (OWASP: regular expression denial of service).
        if (!safeRegex(source))
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i, field],
            message: 'could take very long on some text (nested repetition); simplify the pattern',
          });
      }
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

/** A lead's text as the rules read it, worked out once per lead rather than once per rule. */
interface Read {
  company: string;
  text: string;
  all: string;
}

/** Compiled rules: employer names as whole-word phrases, patterns over title and description. */
export function compileExclusions(rules: ExclusionRule[]) {
  const compiled = rules.map((rule) => {
    const unless = rule.unless ? new RegExp(rule.unless, 'i') : null;
    const vetoed = (read: Read) => unless?.test(read.all) ?? false;
    if (rule.kind === 'employer') {
      const name = squeeze(rule.match);
      return { rule, matches: (read: Read) => read.company.includes(name) && !vetoed(read) };
    }
    const regex = new RegExp(rule.match, rule.caseSensitive ? '' : 'i');
    return { rule, matches: (read: Read) => regex.test(read.text) && !vetoed(read) };
  });
  return (lead: Lead): Exclusion | null => {
    const text = `${lead.title}\n${lead.description}`;
    const read = { company: squeeze(lead.company), text, all: `${lead.company}\n${text}` };
    const hit = compiled.find((c) => c.matches(read));
    return hit ? { reason: hit.rule.reason, rule: hit.rule.id } : null;
  };
}
