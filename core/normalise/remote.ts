import type { Lead } from '../lead/lead';

type Remote = NonNullable<Lead['remote']>;

/**
 * Remote, hybrid or onsite: first from the source's own flag (Lever/Ashby `workplaceType`, JSON-LD
 * `jobLocationType: TELECOMMUTE`, Workday "Remote"), then from the location text and title. Words in
 * the description alone are too loose ("no remote work") to decide it.
 */
export function detectRemote(
  workplace: string | null | undefined,
  locationTexts: string[],
  title: string,
): Remote | null {
  const flag = workplace?.trim().toLowerCase() ?? '';
  if (/hybrid/.test(flag)) return 'hybrid';
  if (/remote|telecommute|virtual|work from home|^true$/.test(flag)) return 'remote';
  if (/on-?site|in[- ]office|in[- ]person|^false$/.test(flag)) return 'onsite';
  const places = locationTexts.join(' | ').toLowerCase();
  const both = `${places} | ${title.toLowerCase()}`;
  if (/\bhybrid\b/.test(both)) return 'hybrid';
  if (/\b(remote|telecommute|telework|work from home|virtual)\b/.test(both)) return 'remote';
  if (locationTexts.some((t) => t.trim().length > 0)) return 'onsite';
  return null;
}
