/** Occupations that are themselves sworn, armed or custodial enforcement work. */
const ENFORCEMENT_CODES = new Set([
  '33-3051.00',
  '33-3051.04',
  '33-3052.00',
  '33-3021.00',
  '33-3012.00',
  '33-1011.00',
  '33-1012.00',
  '33-3011.00',
  '33-3031.00',
]);

const ENFORCEMENT_TITLE =
  /\b(police officer|patrol officer|deputy sheriff|sheriff'?s? deputy|state trooper|trooper|correctional officer|corrections officer|detention officer|jailer|special agent|border patrol|bailiff|game warden|armed (security|guard|officer)|probation officer|parole officer|federal agent|law enforcement officer|peace officer)\b/i;
const ARMED =
  /\b(carry a (fire)?arm|firearms? (qualification|certification) required|armed (position|post|duty)|sworn (officer|position|law enforcement)|post certification|peace officer (status|certification)|arrest powers)\b/i;

/**
 * A lead that is itself enforcement work (sworn, armed or custodial), so a seeker who wants out of
 * enforcement entirely can hide it.
 */
export function isEnforcementRole(title: string, description: string, occupationCodes: string[]): boolean {
  if (ENFORCEMENT_TITLE.test(title) || ARMED.test(description)) return true;
  // A classified code alone is not enough for vague titles ("Investigator"): require the title to agree.
  return (
    occupationCodes.slice(0, 1).some((c) => ENFORCEMENT_CODES.has(c)) &&
    /\b(officer|agent|deputy|guard)\b/i.test(title)
  );
}
