/**
 * The API names the field at fault as "field: message" (so scripts and tests can tell which); a
 * person should read a sentence. This turns one into the other with the words the forms use, and
 * replaces zod's generic wording ("Invalid input: expected string") with plain English.
 */
const FIELD_LABELS: Record<string, string> = {
  email: 'the email address',
  password: 'the password',
  code: 'the code',
  receipt: 'the receipt code',
  background: 'your background',
  location: 'where you would like to work',
  workplace: 'remote or on site',
  goals: 'what you are looking for',
  timing: 'when you want to move',
  contact: 'how an adviser can reach you',
  token: 'the link',
  leadId: 'the job',
  stage: 'the stage',
  closedReason: 'why it closed',
  followUpOn: 'the follow-up date',
  note: 'the note',
  privateNote: 'the private note',
  notes: 'the notes',
  label: 'the label',
  fields: 'what the link shows',
  expiresInDays: 'the expiry',
  text: 'the timeline entry',
  match: 'the match',
  reason: 'the reason',
  id: 'the id',
};

const GENERIC =
  /^(Invalid input|Invalid option|Invalid string|Invalid value|Too small|Too big|Unrecognized key|Expected)/i;

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

function labelOf(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  const last = parts.at(-1) ?? path;
  if (FIELD_LABELS[last]) return FIELD_LABELS[last];
  if (last === '(body)' || last === '(query)') return 'the request';
  return `the ${last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

export function plainProblem(message: string): string {
  const match = /^([\w.]+|\(body\)|\(query\)): (.+)$/s.exec(message);
  if (!match) return sentence(message);
  const [, path = '', detail = ''] = match;
  const label = labelOf(path);
  if (GENERIC.test(detail)) return sentence(`Check ${label}: it is missing or not in the form expected`);
  if (/^(must|is|could|has|should|cannot|can't)\b/.test(detail))
    return sentence(`Check ${label}: it ${detail}`);
  return sentence(`${label}: ${detail}`);
}
