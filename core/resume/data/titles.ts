/**
 * Agency job titles and the civilian titles they map to, drawn from the fit tracks and the O*NET
 * occupations they match. The first option is the default; the seeker can pick another.
 */
export interface TitleMapping {
  match: RegExp;
  agencyTitle: string;
  options: string[];
  why: string;
  /** The civilian occupation the title is glossed with: "Deportation Officer (senior case officer)". */
  role: string;
  /** The area a supervisor of this title leads: "case operations supervisor". */
  area: string;
  supervisory?: boolean;
  /** Names the agency, so the confidentiality option can generalise it. */
  general?: string;
}

export const TITLE_MAPPINGS: TitleMapping[] = [
  {
    match: /supervisory deportation officer|sddo/i,
    agencyTitle: 'Supervisory Deportation Officer',
    options: ['Case Operations Supervisor', 'Investigations Team Lead', 'Compliance Operations Manager'],
    why: 'Supervisory enforcement titles read as team leadership of case work.',
    role: 'case officer',
    area: 'case operations',
    supervisory: true,
  },
  {
    match: /deportation officer/i,
    agencyTitle: 'Deportation Officer',
    options: ['Case Management Specialist', 'Investigations Specialist', 'Compliance Investigator'],
    why: 'The work is case management, investigation and documentation under deadlines.',
    role: 'case officer',
    area: 'case operations',
    general: 'Federal case officer',
  },
  {
    match: /supervisory immigration enforcement agent/i,
    agencyTitle: 'Supervisory Immigration Enforcement Agent',
    options: ['Operations Supervisor', 'Security Operations Team Lead'],
    why: 'Supervisory field titles read as operations leadership.',
    role: 'enforcement officer',
    area: 'enforcement operations',
    supervisory: true,
  },
  {
    match: /immigration enforcement agent|\biea\b/i,
    agencyTitle: 'Immigration Enforcement Agent',
    options: ['Operations Specialist', 'Security Operations Specialist', 'Case Processing Specialist'],
    why: 'The work is processing, transport coordination and operational security.',
    role: 'enforcement officer',
    area: 'enforcement operations',
    general: 'Federal enforcement officer',
  },
  {
    match: /supervisory special agent|\bssa\b|supervisory criminal investigator/i,
    agencyTitle: 'Supervisory Special Agent (GS-1811)',
    options: ['Investigations Manager', 'Director of Investigations', 'Financial Crimes Investigations Lead'],
    why: 'Supervisory 1811s lead investigative teams: civilian employers call that investigations management.',
    role: 'investigator',
    area: 'investigations',
    supervisory: true,
  },
  {
    match: /special agent|criminal investigator|1811/i,
    agencyTitle: 'Special Agent (GS-1811)',
    options: [
      'Senior Investigator',
      'Fraud Investigator',
      'Financial Crimes Investigator',
      'Corporate Investigator',
    ],
    why: 'GS-1811 work matches O*NET 33-3021.00 and its civilian relatives, such as 13-2099.04 Fraud Examiners, Investigators and Analysts.',
    role: 'investigator',
    area: 'investigations',
  },
  {
    match: /supervisory cbp officer|supervisory customs and border protection officer|supervisory cbpo/i,
    agencyTitle: 'Supervisory CBP Officer',
    options: ['Inspection Operations Supervisor', 'Trade Compliance Manager', 'Security Operations Manager'],
    why: 'Supervisory port officers lead inspection teams.',
    role: 'inspection officer',
    area: 'inspection operations',
    supervisory: true,
    general: 'Supervisory federal inspection officer',
  },
  {
    match: /cbp officer|customs and border protection officer|\bcbpo\b|1895/i,
    agencyTitle: 'CBP Officer (GS-1895)',
    options: [
      'Trade Compliance Specialist',
      'Inspection and Screening Specialist',
      'Security Screening Supervisor',
    ],
    why: 'Port inspection work matches trade compliance, screening and regulatory inspection roles.',
    role: 'inspection officer',
    area: 'inspection operations',
    general: 'Federal inspection officer',
  },
  {
    match: /supervisory border patrol agent|\bsbpa\b/i,
    agencyTitle: 'Supervisory Border Patrol Agent',
    options: [
      'Security Operations Manager',
      'Field Operations Supervisor',
      'Emergency Operations Supervisor',
    ],
    why: 'Supervisory agents run field teams and operations.',
    role: 'border security agent',
    area: 'border security operations',
    supervisory: true,
    general: 'Supervisory federal border security agent',
  },
  {
    match: /border patrol agent|\bbpa\b|1896/i,
    agencyTitle: 'Border Patrol Agent (GS-1896)',
    options: ['Field Security Specialist', 'Security Operations Specialist', 'Emergency Response Specialist'],
    why: 'Field security, surveillance and emergency response carry over to corporate security and emergency management.',
    role: 'border security agent',
    area: 'border security operations',
    general: 'Federal border security agent',
  },
  {
    match: /supervisory mission support specialist/i,
    agencyTitle: 'Supervisory Mission Support Specialist',
    options: ['Operations Manager', 'Administrative Services Manager'],
    why: 'Mission support leadership is operations and administrative management.',
    role: 'operations specialist',
    area: 'operations support',
    supervisory: true,
  },
  {
    match: /mission support specialist/i,
    agencyTitle: 'Mission Support Specialist',
    options: ['Operations Coordinator', 'Administrative Services Specialist', 'Program Support Specialist'],
    why: 'Mission support is operations, budget and administrative work in civilian terms.',
    role: 'operations specialist',
    area: 'operations support',
  },
  {
    match: /supervisory detention and removal assistant/i,
    agencyTitle: 'Supervisory Detention and Removal Assistant',
    options: ['Records Team Lead', 'Case Processing Supervisor'],
    why: 'Supervising records and case processing teams.',
    role: 'case records assistant',
    area: 'case records',
    supervisory: true,
  },
  {
    match: /detention and removal assistant|\bdra\b/i,
    agencyTitle: 'Detention and Removal Assistant',
    options: ['Case Records Specialist', 'Legal Case Assistant', 'Records Specialist'],
    why: 'The work is case records, scheduling and documentation.',
    role: 'case records assistant',
    area: 'case records',
  },
  {
    match: /intelligence research specialist|intelligence analyst/i,
    agencyTitle: 'Intelligence Research Specialist',
    options: ['Intelligence Analyst', 'Threat Intelligence Analyst', 'Risk and Fraud Analyst'],
    why: 'Analysis and reporting carry over to threat intelligence and fraud analysis.',
    role: 'intelligence analyst',
    area: 'intelligence analysis',
  },
  {
    match: /enforcement and removal assistant/i,
    agencyTitle: 'Enforcement and Removal Assistant',
    options: ['Case Records Specialist', 'Operations Assistant'],
    why: 'The work is case records and operations support.',
    role: 'case records assistant',
    area: 'case records',
  },
];
