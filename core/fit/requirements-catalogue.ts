/**
 * What a posting can ask for, as patterns over lower-cased text. Each entry carries the words a
 * seeker reads in a reason ("a CPA licence"). Patterns are anchored on word boundaries and kept
 * free of nested repetition: they run over every crawled description.
 */
export interface CatalogueEntry {
  id: string;
  /** Noun phrase for reasons: "Needs a CPA licence". */
  label: string;
  pattern: RegExp;
  /** Substrings at least one of which every match contains: a cheap test that skips the pattern. */
  anchors: string[];
}

export const LICENCES: CatalogueEntry[] = [
  {
    id: 'rn',
    anchors: ['nurse', ' rn'],
    label: 'a registered nurse (RN) licence',
    pattern: /\b(registered nurse|rn licen[sc]e|licensed as an rn|active rn|current rn|bsn, rn)\b/,
  },
  {
    id: 'cpa',
    anchors: ['cpa', 'certified public'],
    label: 'a CPA licence',
    pattern: /\b(cpa|certified public accountant)\b/,
  },
  {
    id: 'bar',
    anchors: ['bar', 'juris', 'j.d.', 'attorney', 'practice law'],
    label: 'admission to a state bar',
    pattern:
      /\b(admitted to (practice (law )?in |the )?(\w+ ){0,3}bar|bar admission|admission to (the |a |any )?(\w+ ){0,3}bar|member (in good standing )?of (a|the|any) (\w+ ){0,3}bar|active bar (license|membership)|licensed attorney|licensed to practice law|juris doctor(ate)?|j\.d\.)/,
  },
  {
    id: 'cdl',
    anchors: ['cdl', 'commercial driver'],
    label: "a commercial driver's licence (CDL)",
    pattern: /\b(cdl|commercial driver'?s? licen[sc]e)\b/,
  },
  {
    id: 'guard',
    anchors: [
      'guard',
      'bsis',
      'security officer lic',
      'class d',
      'class g',
      'level ii',
      'level iv',
      'commission',
    ],
    label: 'a state security guard licence',
    pattern:
      /\b(guard card|security guard licen[sc]e|guard licen[sc]e|bsis|security officer licen[sc]e|class [dg] (security )?licen[sc]e|level (ii|iii|iv) (security|commission)|commissioned security)\b/,
  },
  {
    id: 'pi',
    anchors: ['investigator lic', 'pi lic'],
    label: 'a private investigator licence',
    pattern: /\b(private investigator licen[sc]e|pi licen[sc]e|licensed private investigator)\b/,
  },
  {
    id: 'clinical',
    anchors: [
      'licensed',
      'medical lic',
      'board',
      'lpn',
      'pharmacy technician',
      'doctoral degree in',
      'licensure',
    ],
    label: 'a clinical or medical licence',
    pattern:
      /\b(licensed (clinical |professional )?(psychologist|physician|pharmacist|social worker|counselor|therapist)|medical licen[sc]e|board[- ]certified|licensed practical nurse|lpn|pharmacy technician (license|certification)|doctoral degree in (clinical |counseling )?psychology|licensure as a)\b/,
  },
  {
    id: 'engineer',
    anchors: ['engineer'],
    label: 'a professional engineer (PE) licence',
    pattern: /\b(professional engineer (\(pe\) )?licen[sc]e|pe licen[sc]e|licensed professional engineer)\b/,
  },
];

export const CERTIFICATIONS: CatalogueEntry[] = [
  { id: 'cissp', anchors: ['cissp'], label: 'the CISSP certification', pattern: /\bcissp\b/ },
  {
    id: 'cams',
    anchors: ['cams', 'money laundering'],
    label: 'the CAMS certification',
    pattern: /\b(cams|certified anti[- ]money laundering)\b/,
  },
  {
    id: 'cfe',
    anchors: ['cfe', 'fraud examiner'],
    label: 'the CFE certification',
    pattern: /\b(cfe|certified fraud examiner)\b/,
  },
  {
    id: 'cpp',
    anchors: ['cpp', 'psp', 'physical security professional'],
    label: 'the CPP or PSP certification',
    pattern: /\b(cpp|psp|physical security professional)\b/,
  },
  {
    id: 'security-plus',
    anchors: ['security+', 'comptia', 'cism', 'cisa', 'oscp', 'gcih', 'gsec', 'ceh'],
    label: 'a cybersecurity certification (Security+, CISM, OSCP)',
    pattern: /\b(security\+|comptia|cism|cisa|oscp|gcih|gsec|ceh)\b/,
  },
  {
    id: 'pmp',
    anchors: ['pmp', 'project management professional'],
    label: 'the PMP certification',
    pattern: /\b(pmp|project management professional)\b/,
  },
  {
    id: 'emt',
    anchors: ['emt', 'paramedic'],
    label: 'an EMT or paramedic certification',
    pattern: /\b(emt|paramedic|nremt)\b/,
  },
  {
    id: 'polygraph',
    anchors: ['polygraph examiner'],
    label: 'a polygraph examiner certification',
    pattern: /\bpolygraph examiner\b/,
  },
];

/** Programming languages and technical tools: asking for them marks engineering or data work. */
export const TOOLS: CatalogueEntry[] = [
  { id: 'python', anchors: ['python'], label: 'Python', pattern: /\bpython\b/ },
  {
    id: 'sql',
    anchors: ['sql', 'postgres', 'snowflake', 'bigquery'],
    label: 'SQL',
    pattern: /\b(sql|postgres\w*|mysql|snowflake|bigquery)\b/,
  },
  { id: 'java', anchors: ['java', 'kotlin', 'scala'], label: 'Java', pattern: /\b(java|kotlin|scala)\b/ },
  {
    id: 'javascript',
    anchors: ['javascript', 'typescript', 'react', 'node.js'],
    label: 'JavaScript',
    pattern: /\b(javascript|typescript|react\.?js|node\.js)\b/,
  },
  {
    id: 'swift',
    anchors: ['swift', 'objective-c', 'ios sdk'],
    label: 'Swift',
    pattern: /\b(swift|objective-c|ios sdk)\b/,
  },
  {
    id: 'go',
    anchors: ['golang', 'rust', 'c++', 'c#', '.net'],
    label: 'Go',
    pattern: /\b(golang|rust|c\+\+|c#|\.net)\b/,
  },
  {
    id: 'r',
    anchors: ['r studio', 'rstudio', 'r or python', 'python or r', 'r, python'],
    label: 'R',
    pattern: /\b(r studio|rstudio|in r or python|python or r|r, python)\b/,
  },
  {
    id: 'cloud',
    anchors: ['aws', 'azure', 'gcp', 'google cloud', 'kubernetes', 'terraform'],
    label: 'cloud platforms',
    pattern: /\b(aws|azure|gcp|google cloud|kubernetes|terraform)\b/,
  },
  {
    id: 'siem',
    anchors: ['siem', 'splunk', 'edr', 'crowdstrike', 'sentinelone'],
    label: 'security tools (SIEM)',
    pattern: /\b(siem|splunk|edr|crowdstrike|sentinelone)\b/,
  },
  {
    id: 'ml',
    anchors: ['machine learning', 'statistical model', 'a/b test'],
    label: 'machine learning',
    pattern: /\b(machine learning|statistical model\w*|a\/b test\w*)\b/,
  },
  {
    id: 'salesforce',
    anchors: ['salesforce', 'apex'],
    label: 'Salesforce',
    pattern: /\b(salesforce|apex)\b/,
  },
  {
    id: 'linux',
    anchors: ['linux', 'unix', 'active directory', 'cisco'],
    label: 'Linux administration',
    pattern: /\b(linux|unix|active directory|cisco)\b/,
  },
];

/** Degree subjects a seeker might meet without retraining, versus fields that need a new degree. */
export const OPEN_DEGREE_FIELDS =
  /\b(criminal justice|criminology|law enforcement|public administration|homeland security|political science|social science|any (field|discipline|major)|related field|business|international relations|intelligence studies|security studies|sociology|psychology)\b/;
export const TECHNICAL_DEGREE_FIELDS =
  /\b(computer science|software|engineering|mathematics|statistics|physics|chemistry|biology|microbiology|biological|toxicology|pharmacology|pharmacy|nursing|medicine|accounting|finance|economics|data science|information (technology|systems|security)|cyber ?security|law|epidemiology|public health)\b/;
