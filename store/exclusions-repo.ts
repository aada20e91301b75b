import type { ExclusionRule } from '../core/fit/exclusions';
import { DEFAULT_EXCLUSION_RULES, exclusionRulesSchema } from '../core/fit/exclusions';
import { readSetting, writeSetting } from './app-settings';
import type { Store } from './open-store';

const SETTING = 'exclusions.rules';

/**
 * The exclusion rules in force: the admin's edited list once there is one, otherwise the bundled
 * defaults. The stored list is validated again on read, so a bad row can never reach the scorer.
 */
export function exclusionRules(db: Store): { rules: ExclusionRule[]; edited: boolean } {
  const stored = readSetting<unknown>(db, SETTING);
  if (stored === undefined) return { rules: DEFAULT_EXCLUSION_RULES, edited: false };
  const parsed = exclusionRulesSchema.safeParse(stored);
  return parsed.success
    ? { rules: parsed.data.rules, edited: true }
    : { rules: DEFAULT_EXCLUSION_RULES, edited: false };
}

export function saveExclusionRules(db: Store, rules: ExclusionRule[]): void {
  writeSetting(db, SETTING, { rules });
}

/** Going back to the bundled rules forgets the admin's edits. */
export function resetExclusionRules(db: Store): void {
  db.prepare('DELETE FROM app_settings WHERE key = ?').run(SETTING);
}
