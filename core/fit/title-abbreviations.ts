/**
 * Abbreviations employers and USAJOBS put in job titles ("Supvy Criminal Investigator", "Asst Mgr,
 * Asset Protection", "Sr. Fraud Spec"), spelled out so that the title families and O*NET's titles
 * can match them. Only forms that mean one thing in a job title are listed; an ambiguous one
 * ("Invest", which may be investment) is left alone.
 */
const WORDS: Record<string, string> = {
  supvy: 'Supervisory',
  supv: 'Supervisory',
  spvy: 'Supervisory',
  supvr: 'Supervisor',
  spec: 'Specialist',
  spclst: 'Specialist',
  asst: 'Assistant',
  assoc: 'Associate',
  mgr: 'Manager',
  mngr: 'Manager',
  mgmt: 'Management',
  ofcr: 'Officer',
  insp: 'Inspector',
  coord: 'Coordinator',
  rep: 'Representative',
  reps: 'Representatives',
  sr: 'Senior',
  jr: 'Junior',
  engr: 'Engineer',
  dept: 'Department',
  govt: 'Government',
  intel: 'Intelligence',
  crim: 'Criminal',
  anlst: 'Analyst',
  admin: 'Administrative',
  ops: 'Operations',
  svcs: 'Services',
  tech: 'Technician',
};

/** "Admin" names the person at a title's end ("System Admin"), the kind of work before a noun. */
const PERSON_AT_END: Record<string, string> = { admin: 'Administrator' };
/** "Tech" before these is technology, not a technician: "Tech Lead", "Tech Industry". */
const TECH_AS_TECHNOLOGY = /^(lead|company|industry|startup|stack|sales|recruiter|writer|support)$/i;

/** Titles already spelled out: boards repeat titles, and this runs on every lead it scores. */
const expanded = new Map<string, string>();

export function expandTitleAbbreviations(title: string): string {
  let full = expanded.get(title);
  if (full === undefined) {
    full = expand(title);
    if (expanded.size >= 5000) expanded.clear();
    expanded.set(title, full);
  }
  return full;
}

function expand(title: string): string {
  const tokens = title.split(/(\s+|[,/()–-])/);
  const nextWord = (i: number) => tokens.slice(i + 1).find((t) => /\w/.test(t)) ?? '';
  return tokens
    .map((token, i) => {
      const bare = token.replace(/\.$/, '');
      const key = bare.toLowerCase();
      const full = WORDS[key];
      if (!full) return token;
      const next = nextWord(i);
      if (key === 'tech' && TECH_AS_TECHNOLOGY.test(next)) return token;
      if (!next && PERSON_AT_END[key]) return PERSON_AT_END[key];
      return full;
    })
    .join('');
}
