import type { EvaluatedPosting } from './fit-metrics';

type Posting = Omit<EvaluatedPosting, 'id'>;

const p = (
  title: string,
  company: string,
  description: string,
  level: Posting['level'],
  backgrounds: Posting['backgrounds'] = [],
  excluded = false,
): Posting => ({ title, company, description, level, backgrounds, excluded });

/**
 * Hard cases written by hand after the traps seen on real boards: technical and clinical titles
 * with enforcement words in them, word traps ("Ice", "DHS", "Investigations"), jobs that need a
 * licence a leaver lacks, and the non-enforcement jobs an exclusion rule must not catch.
 */
export const DISTRACTORS: Posting[] = [
  p(
    'Data Science Intern',
    'Northwind Analytics',
    'Build models in Python and SQL with our intelligence and risk team. Currently pursuing a degree in statistics, computer science or a related field.',
    'none',
  ),
  p(
    'Security Engineer, Cloud',
    'Ledgerline',
    'Design secure AWS infrastructure with Terraform. Minimum 5 years of experience building software. Python required.',
    'none',
  ),
  p(
    'Customer Success Manager — Public Sector',
    'CivicSoft',
    'Own renewals and adoption for our state and local government customers. 4+ years of SaaS customer success or account management experience. Salesforce experience a plus.',
    'none',
  ),
  p(
    'Detection Engineer',
    'Bluewall Security',
    'Write detection rules in our SIEM (Splunk), tune alerts and automate triage in Python. 3+ years of security engineering experience.',
    'none',
  ),
  p(
    'SOC Analyst II (CISSP required)',
    'Harbor Bank',
    'Triage alerts from EDR and SIEM tools, investigate incidents and write incident reports. CISSP required. 2+ years of SOC experience.',
    'none',
  ),
  p(
    'Fraud Data Scientist',
    'Quickpay',
    'Build machine learning models that detect payment fraud. Strong Python and SQL. Master’s degree in statistics, computer science or a quantitative field required.',
    'none',
  ),
  p(
    'Clinical Investigator',
    'Mercy Research Institute',
    'Serve as principal investigator on oncology trials. MD or DO with board certification required. Oversee informed consent and protocol compliance.',
    'none',
  ),
  p(
    'Nurse Investigator',
    'State Board of Nursing',
    'Investigate complaints against licensed nurses, interview witnesses and write reports. Current RN licence in the state required.',
    'none',
  ),
  p(
    'Data Analyst, Investigations',
    'Marketplace Co',
    'Write SQL and Python to size abuse trends for the investigations team and build Tableau dashboards. 3+ years of data analytics experience.',
    'none',
  ),
  p(
    'Forensic Accountant',
    'Baker Tilly Advisory',
    'Trace funds in fraud and litigation matters and write expert reports. Active CPA licence required; CFE a plus.',
    'none',
  ),
  p(
    'Compliance Counsel',
    'Atlas Payments',
    'Advise on BSA/AML and sanctions law. JD and admission to a state bar required.',
    'none',
  ),
  p(
    'Ice Rink Operations Manager',
    'Frostbite Arena',
    'Run the ice resurfacing schedule, manage rink staff and maintain refrigeration equipment.',
    'none',
  ),
  p(
    'Pharmacy Technician - Investigational Drugs',
    'University Hospital',
    'Prepare investigational drug doses for clinical research studies. State pharmacy technician licence and PTCB certification required.',
    'none',
  ),
  p(
    'Lifeguard',
    'City Parks and Recreation',
    'Watch swimmers, enforce pool rules and perform water rescues. Lifeguard and CPR certification required.',
    'none',
  ),
  p(
    'Caseworker',
    'Department of Human Services (DHS), State of Oregon',
    'Interview families, assess eligibility for benefits and keep case records. Bilingual Spanish preferred.',
    'some',
    ['federal-admin', 'immigration-enforcement'],
  ),
  p(
    'Security Operations Center Operator',
    'Vantage Energy',
    'Monitor alarms, access control and cameras in our global security operations center, dispatch officers and write incident reports.',
    'strong',
    ['police-patrol', 'border-patrol', 'detention-corrections'],
  ),
  p(
    'Criminal Investigator (Special Agent)',
    'Office of Inspector General, Department of Labor',
    'Plan and conduct criminal investigations of fraud against labor programs, execute search warrants and make arrests. Must maintain firearms qualification. Maximum entry age 37.',
    'strong',
    ['criminal-investigator', 'immigration-enforcement'],
  ),
  p(
    'Investigations Analyst',
    'Coastal Federal Credit Union',
    'Investigate alerts for money laundering, interview members and write case narratives and SARs. CAMS preferred. Prior law enforcement experience valued.',
    'strong',
    ['criminal-investigator', 'intelligence-analysis'],
  ),
  p(
    'Background Investigator',
    'Clearwater Screening Services',
    'Conduct background investigations for federal clearances: interview references, check records and write reports. Active TS/SCI clearance required.',
    'strong',
    ['criminal-investigator', 'intelligence-analysis', 'immigration-enforcement'],
  ),
  p(
    'University Police Officer',
    'Riverside State University',
    'Patrol campus, respond to emergencies, make arrests and write incident reports. Must pass a physical fitness test and firearms qualification. Lateral officers with POST certification preferred.',
    'strong',
    ['police-patrol', 'border-patrol'],
  ),
  p(
    'Emergency Management Specialist',
    'Federal Emergency Management Agency',
    'Coordinate disaster response and recovery with state partners, staff the emergency operations center and write situation reports.',
    'strong',
    ['supervisory-law-enforcement', 'federal-admin', 'border-patrol'],
  ),
  p(
    'Transportation Security Officer',
    'Transportation Security Administration',
    'Screen passengers and baggage at airport checkpoints, resolve alarms and follow security procedures.',
    'some',
    ['customs-border-inspection', 'police-patrol'],
  ),
  p(
    'Immigration Paralegal',
    'Central Valley Legal Aid',
    'Prepare asylum and visa applications, interview detained clients in Spanish at the ICE processing center and organise evidence for their hearings.',
    'some',
    ['immigration-enforcement', 'federal-admin'],
  ),
  p(
    'Library Assistant',
    'Pima County',
    'Check out materials, help patrons find books and keep the shelves in order.',
    'none',
  ),
  p(
    'Armed Security Officer',
    'Sentinel Protective Services',
    'Armed post at a federal building. Valid state guard card and firearms permit required; we sponsor the licence for qualified veterans and former officers.',
    'some',
    ['police-patrol', 'border-patrol', 'detention-corrections'],
  ),
  p(
    'Detention Officer',
    'GEO Group',
    'Maintain custody and control of detainees at an immigration processing center.',
    'none',
    [],
    true,
  ),
  p(
    'Transport Officer',
    'Metro Secure Transport (ICE contract)',
    'Escort detainees between detention facilities for Immigration and Customs Enforcement.',
    'none',
    [],
    true,
  ),
  p(
    'Flight Attendant - Removal Flights',
    'CSI Aviation',
    'Staff ICE Air charter flights that carry deportees.',
    'none',
    [],
    true,
  ),
];
