import type { Intake } from '../../../core/intake';

/** How the intake's choices read to people, on the form and in the workspace. */
export const TIMING: Record<Intake['timing'], string> = {
  now: 'As soon as I can',
  'within-3-months': 'Within three months',
  'within-a-year': 'Within a year',
  exploring: 'Just exploring',
};
export const WORKPLACE: Record<Intake['workplace'], string> = {
  any: 'No preference',
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On site',
};
