import type { Intake } from './intake';
import { parseLocationText } from './normalise/location';
import type { SearchQuery } from './search/search-query';

/** The work styles an intake's "remote or on site" answer accepts in a search. */
const REMOTE_FOR: Record<Intake['workplace'], SearchQuery['remote']> = {
  remote: ['remote'],
  hybrid: ['hybrid', 'remote'],
  onsite: ['onsite', 'hybrid'],
  any: undefined,
};

/**
 * The search an adviser starts from for a client: their background (which ranks by fit), the state
 * or region they named (unless they want remote work only), and the work styles they accept. The adviser sees each part as a chip and
 * can drop it; nothing here is sent anywhere but the search.
 */
export function clientSearchPreset(
  intake: Pick<Intake, 'background' | 'location' | 'workplace'>,
): Partial<SearchQuery> {
  const place = intake.location ? parseLocationText(intake.location) : null;
  const preset: Partial<SearchQuery> = { background: intake.background, sort: 'fit' };
  // A remote job seldom names a state, so a remote-only client's region would hide most of them.
  if (place?.region && intake.workplace !== 'remote') preset.region = place.region;
  const remote = REMOTE_FOR[intake.workplace];
  if (remote) preset.remote = remote;
  return preset;
}
