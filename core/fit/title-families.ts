/**
 * Families of job titles read from the whole title, before any O*NET lookup. O*NET's alternate
 * titles are many and loose ("Operator" is an alternate title of dozens of occupations), so the
 * work this product cares most about, and the professions whose titles trap a word matcher
 * ("Security Engineer", "Clinical Investigator", "Fraud Data Scientist"), are named here.
 *
 * `distant` families need a profession's own training (engineering, medicine, science, sales):
 * an enforcement or admin background does not carry into them without a new degree or licence.
 */
export type FamilyKind = 'enforcement' | 'transferable' | 'distant';

export interface TitleFamily {
  id: string;
  kind: FamilyKind;
  /** What the work is, in a seeker's words: "police work", "software engineering". */
  work: string;
  /** The O*NET-SOC occupation that describes it, for the crosswalk and the lead page's details. */
  code: string | null;
  pattern: RegExp;
}

/** Checked first: a profession's own word wins over an enforcement word beside it ("Nurse Investigator"). */
export const DISTANT_FAMILIES: TitleFamily[] = [
  {
    id: 'cybersecurity',
    kind: 'distant',
    work: 'cybersecurity engineering',
    code: '15-1212.00',
    pattern:
      /\b(security engineer\w*|detection engineer\w*|soc analyst|(?<!global )security operations cent(er|re) analyst|cyber ?security|information security|infosec|it security|penetration test\w*|appsec|application security|threat hunter|malware|incident responder|cyber (analyst|specialist|engineer)|network security|cloud security|vulnerability)\b/,
  },
  {
    id: 'software-data',
    kind: 'distant',
    work: 'software and data engineering',
    code: '15-1252.00',
    pattern:
      /\b(developer|software|programmer|devops|site reliability|sre|data scien\w*|data engineer\w*|machine learning|computer scien\w*|web (developer|designer)|full[- ]stack|front[- ]?end|back[- ]?end|mobile (engineer|developer)|android|ios|business intelligence|data analyst|analytics|sysadmin|system administrator|systems? (administrator|architect)|network (administrator|engineer)|it (specialist|administrator|project manager|manager|support)|information technology|technologist|database|salesforce|solutions architect|architect)\b/,
  },
  {
    id: 'engineering',
    kind: 'distant',
    work: 'engineering',
    code: '17-2199.00',
    pattern: /\b(engineer\w*)\b/,
  },
  {
    id: 'clinical',
    kind: 'distant',
    work: 'clinical and medical work',
    code: '29-1141.00',
    pattern:
      /\b(nurse|nursing|rn|lpn|physician|doctor|psychologist|psychiatr\w*|pharmac\w*|therapist|clinician|clinical|medical (officer|doctor|technolog\w*)|dental|dentist|paramedic|emt|counsel(l)?or|social worker|dietitian|radiolog\w*|surgeon|veterinar\w*|health technician|physician assistant)\b/,
  },
  {
    id: 'science',
    kind: 'distant',
    work: 'laboratory science',
    code: '19-1042.00',
    pattern:
      /\b(\w*biolog\w*|chemist\w*|toxicolog\w*|scientist|physicist|geolog\w*|ecolog\w*|epidemiolog\w*|hydrolog\w*|botanist|agronomist|laboratory|lab technician|research (associate|fellow|assistant)|biological science|forensic (chemist|biologist|scientist))\b/,
  },
  {
    id: 'sales-marketing',
    kind: 'distant',
    work: 'sales and marketing',
    code: '41-4012.00',
    pattern:
      /\b(account executive|sales|marketing|business development|account manager|customer success|growth|brand|recruiter|recruiting|talent acquisition)\b/,
  },
  {
    id: 'finance-accounting',
    kind: 'distant',
    work: 'accounting and finance',
    code: '13-2011.00',
    pattern:
      /\b(accountant|accounting|actuar\w*|controller|tax (analyst|specialist|manager)|financial analyst|cost (reporting|estimating|accountant)|treasury analyst|audits and accounts|bookkeeper|payroll)\b/,
  },
  {
    id: 'law-practice',
    kind: 'distant',
    work: 'legal practice as a lawyer',
    code: '23-1011.00',
    pattern: /\b(attorney|lawyer|counsel|law (fellow|clerk)|general counsel|legal fellow)\b/,
  },
  {
    id: 'trades',
    kind: 'distant',
    work: 'skilled trades',
    code: '47-2152.00',
    pattern:
      /\b(plumb\w*|electrician|mechanic|welder|carpenter|hvac|machinist|pipefitter|millwright|roofer)\b/,
  },
  {
    id: 'fire',
    kind: 'distant',
    work: 'fire protection and firefighting',
    code: '33-2021.00',
    pattern: /\b(fire (protection|fighter|inspector|marshal|prevention|captain)|firefighter)\b/,
  },
  {
    id: 'human-resources',
    kind: 'distant',
    work: 'human resources',
    code: '13-1071.00',
    pattern: /\b(human resources?|hr (specialist|generalist|business partner|manager)|people operations)\b/,
  },
  {
    id: 'recreation',
    kind: 'distant',
    work: 'recreation and aquatics',
    code: '33-9092.00',
    pattern: /\b(lifeguard|recreation aid\w*|swim instructor|ice rink|rink attendant|camp counselor)\b/,
  },
];

export const WORK_FAMILIES: TitleFamily[] = [
  {
    id: 'criminal-investigation',
    kind: 'enforcement',
    work: 'criminal investigation',
    code: '33-3021.00',
    pattern: /\b(criminal investigators?|special agents?|detectives?|1811)\b/,
  },
  {
    id: 'intelligence',
    kind: 'enforcement',
    work: 'intelligence analysis',
    code: '33-3021.06',
    pattern:
      /\b(intelligence (analyst|specialist|research specialist|operations specialist|officer)|counterintelligence|targeting analyst|criminal (intelligence )?analyst|crime analyst|investigative analyst|all[- ]source analyst|intelligence)\b/,
  },
  {
    id: 'corrections',
    kind: 'enforcement',
    work: 'corrections and detention',
    code: '33-3012.00',
    pattern: /\b(correctional|corrections|detention officer|jailer|jail|custody officer)\b/,
  },
  {
    id: 'police',
    kind: 'enforcement',
    work: 'police and patrol work',
    code: '33-3051.00',
    pattern:
      /\b(police|patrol officer|deputy sheriff|sheriff|trooper|law enforcement (officer|ranger|specialist)|park ranger|ranger \(protection\)|peace officer|marshal|constable)\b/,
  },
  {
    id: 'wardens',
    kind: 'enforcement',
    work: 'conservation law enforcement',
    code: '33-3031.00',
    pattern: /\b(game warden|conservation officer|fish and wildlife officer|wildlife officer)\b/,
  },
  {
    id: 'screening',
    kind: 'transferable',
    work: 'security screening',
    code: '33-9093.00',
    pattern: /\b(transportation security officer|tso|security screener|screening officer)\b/,
  },
  {
    id: 'guard',
    kind: 'transferable',
    work: 'security patrol and protection',
    code: '33-9032.00',
    pattern:
      /\b(security (guard|officer)|armed (security|guard)|protective (service )?officer|uniformed (staff|officer)|guard)\b/,
  },
  {
    id: 'security-specialist',
    kind: 'transferable',
    work: 'security management',
    code: '13-1199.07',
    pattern:
      /\b((physical|personnel|industrial|information|port|facility|site|corporate) security|security (specialist|manager|director|assistant|coordinator|program|adjudicator)|adjudicator|insider threat|executive protection|gsoc|security operations)\b/,
  },
  {
    id: 'dispatch',
    kind: 'transferable',
    work: 'public-safety dispatch',
    code: '43-5031.00',
    pattern: /\b(dispatch\w*|911|telecommunicator|emergency communications)\b/,
  },
  {
    id: 'evidence',
    kind: 'transferable',
    work: 'evidence and property handling',
    code: '33-3021.02',
    pattern: /\b(evidence (custodian|technician|specialist)|property and evidence|seized property)\b/,
  },
  {
    id: 'inspection',
    kind: 'transferable',
    work: 'inspection and compliance',
    code: '13-1041.00',
    pattern:
      /\b((wildlife|customs|import|export|agricultur\w*|cargo|border|compliance|regulatory) (inspector|specialist|investigator)|investigation (and|&) compliance)\b/,
  },
  {
    id: 'emergency-management',
    kind: 'transferable',
    work: 'emergency management',
    code: '11-9161.00',
    pattern:
      /\b(emergency (management|manager|preparedness|planner)|continuity of operations|business continuity)\b/,
  },
  {
    id: 'fraud-investigation',
    kind: 'transferable',
    work: 'fraud and claims investigation',
    code: '13-2099.04',
    pattern: /\b(fraud|siu|special investigations?|claims investigator|insurance investigator)\b/,
  },
  {
    id: 'private-investigation',
    kind: 'transferable',
    work: 'investigations',
    code: '33-9021.00',
    pattern:
      /\b((private|corporate|workplace|background|internal|title ix|loss prevention|hr|employee relations|field|licensed) investigator|investigations? (manager|specialist|analyst|lead|director))\b/,
  },
];
