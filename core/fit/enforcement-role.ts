import type { Classification } from './classify-title';
import type { Requirements } from './requirements';

/** Title families that are themselves sworn, armed or custodial enforcement work. */
const ENFORCEMENT_FAMILIES = new Set(['criminal-investigation', 'police', 'corrections', 'wardens']);

const ENFORCEMENT_TITLE =
  /\b(police|patrol officer|deputy sheriff|sheriff'?s? deputy|state trooper|trooper|correctional officer|corrections officer|detention officer|jailer|special agents?|criminal investigators?|border patrol|bailiff|game warden|conservation officer|armed (security|guard|officer|protection)|probation officer|parole officer|federal agent|law enforcement (officer|ranger)|peace officer|marshal|1811)\b/i;
/** Armed security named in the text, not only in the title ("this is an armed post"). */
const ARMED =
  /\b(armed (security|guard|position|post|duty|officer)|carry a (fire)?arm|sworn (officer|position))\b/i;

/**
 * A lead that is itself enforcement work, so a seeker who wants out of enforcement entirely can hide
 * it: criminal investigators of any agency (1811s, OIG special agents), police officers of any
 * agency, armed security, and any role that requires a firearm qualification or arrest authority.
 */
export function isEnforcementRole(
  title: string,
  description: string,
  c: Classification,
  req: Requirements,
): boolean {
  if (c.family?.kind === 'distant') return false;
  if (ENFORCEMENT_TITLE.test(title) || ARMED.test(description)) return true;
  if (c.family && ENFORCEMENT_FAMILIES.has(c.family.id) && c.family.id !== 'police') return true;
  return req.arrestAuthority || (req.firearms && /\b(qualif|carry|armed)/i.test(description));
}
