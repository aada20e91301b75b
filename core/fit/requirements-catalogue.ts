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
}

export const LICENCES: CatalogueEntry[] = [
  {
    id: 'rn',
    label: 'a registered nurse (RN) licence',
    pattern: /\b(registered nurse|rn licen[sc]e|licensed as an rn|active rn|current rn|bsn, rn)\b/,
  },
  {
    id: 'cpa',
    label: 'a CPA licence',
    pattern: /\b(cpa|certified public accountant)\b/,
  },
  {
    id: 'bar',
    label: 'admission to a state bar',
    pattern:
      /\b(admitted to (practice (law )?in |the )?(\w+ ){0,3}bar|bar admission|admission to (the |a |any )?(\w+ ){0,3}bar|member (in good standing )?of (a|the|any) (\w+ ){0,3}bar|active bar (license|membership)|licensed attorney|licensed to practice law|juris doctor(ate)?|j\.d\.)/,
  },
  {
    id: 'cdl',
    label: "a commercial driver's licence (CDL)",
    pattern: /\b(cdl|commercial driver'?s? licen[sc]e)\b/,
  },
  {
    id: 'guard',
    label: 'a state security guard licence',
    pattern:
      /\b(guard card|security guard licen[sc]e|guard licen[sc]e|bsis|security officer licen[sc]e|class [dg] (security )?licen[sc]e|level (ii|iii|iv) (security|commission)|commissioned security)\b/,
  },
  {
    id: 'pi',
    label: 'a private investigator licence',
    pattern: /\b(private investigator licen[sc]e|pi licen[sc]e|licensed private investigator)\b/,
  },
  {
    id: 'clinical',
    label: 'a clinical or medical licence',
    pattern:
      /\b(licensed (clinical |professional )?(psychologist|physician|pharmacist|social worker|counselor|therapist)|medical licen[sc]e|board[- ]certified|licensed practical nurse|lpn|pharmacy technician (license|certification)|doctoral degree in (clinical |counseling )?psychology|licensure as a)\b/,
  },
  {
    id: 'engineer',
    label: 'a professional engineer (PE) licence',
    pattern: /\b(professional engineer (\(pe\) )?licen[sc]e|pe licen[sc]e|licensed professional engineer)\b/,
  },
];

export const CERTIFICATIONS: CatalogueEntry[] = [
  { id: 'cissp', label: 'the CISSP certification', pattern: /\bcissp\b/ },
  { id: 'cams', label: 'the CAMS certification', pattern: /\b(cams|certified anti[- ]money laundering)\b/ },
  { id: 'cfe', label: 'the CFE certification', pattern: /\b(cfe|certified fraud examiner)\b/ },
  {
    id: 'cpp',
    label: 'the CPP or PSP certification',
    pattern: /\b(cpp|psp|physical security professional)\b/,
  },
  {
    id: 'security-plus',
    label: 'a cybersecurity certification (Security+, CISM, OSCP)',
    pattern: /\b(security\+|comptia|cism|cisa|oscp|gcih|gsec|ceh)\b/,
  },
  { id: 'pmp', label: 'the PMP certification', pattern: /\b(pmp|project management professional)\b/ },
  { id: 'emt', label: 'an EMT or paramedic certification', pattern: /\b(emt|paramedic|nremt)\b/ },
  { id: 'polygraph', label: 'a polygraph examiner certification', pattern: /\bpolygraph examiner\b/ },
];

/** Programming languages and technical tools: asking for them marks engineering or data work. */
export const TOOLS: CatalogueEntry[] = [
  { id: 'python', label: 'Python', pattern: /\bpython\b/ },
  { id: 'sql', label: 'SQL', pattern: /\b(sql|postgres\w*|mysql|snowflake|bigquery)\b/ },
  { id: 'java', label: 'Java', pattern: /\b(java|kotlin|scala)\b/ },
  { id: 'javascript', label: 'JavaScript', pattern: /\b(javascript|typescript|react\.?js|node\.js)\b/ },
  { id: 'swift', label: 'Swift', pattern: /\b(swift|objective-c|ios sdk)\b/ },
  { id: 'go', label: 'Go', pattern: /\b(golang|rust|c\+\+|c#|\.net)\b/ },
  { id: 'r', label: 'R', pattern: /\b(r studio|rstudio|in r or python|python or r|r, python)\b/ },
  { id: 'cloud', label: 'cloud platforms', pattern: /\b(aws|azure|gcp|google cloud|kubernetes|terraform)\b/ },
  { id: 'siem', label: 'security tools (SIEM)', pattern: /\b(siem|splunk|edr|crowdstrike|sentinelone)\b/ },
  {
    id: 'ml',
    label: 'machine learning',
    pattern: /\b(machine learning|statistical model\w*|a\/b test\w*)\b/,
  },
  { id: 'salesforce', label: 'Salesforce', pattern: /\b(salesforce|apex)\b/ },
  { id: 'linux', label: 'Linux administration', pattern: /\b(linux|unix|active directory|cisco)\b/ },
];

/** Degree subjects a seeker might meet without retraining, versus fields that need a new degree. */
export const OPEN_DEGREE_FIELDS =
  /\b(criminal justice|criminology|law enforcement|public administration|homeland security|political science|social science|any (field|discipline|major)|related field|business|international relations|intelligence studies|security studies|sociology|psychology)\b/;
export const TECHNICAL_DEGREE_FIELDS =
  /\b(computer science|software|engineering|mathematics|statistics|physics|chemistry|biology|microbiology|biological|toxicology|pharmacology|pharmacy|nursing|medicine|accounting|finance|economics|data science|information (technology|systems|security)|cyber ?security|law|epidemiology|public health)\b/;
