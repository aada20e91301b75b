import type { BackgroundId } from './backgrounds';

/**
 * What a typical person with each background brings to a civilian job: the skills of their daily
 * work (ids from skills.ts), and the conditions they already meet (a clearance, firearms
 * qualification, arrest authority, a fitness standard, supervision, a second language).
 */
export interface BackgroundProfile {
  /** "a criminal investigator": used in reasons ("what you did as a criminal investigator"). */
  noun: string;
  /** Their daily work in a few words, for the first reason. */
  work: string;
  daily: string[];
  /** The title families whose work this background did itself. */
  families: string[];
  clearance: 'public-trust' | 'secret' | 'top-secret';
  enforcement: boolean;
  /** Words that, in "N years of experience in …", name this background's own work. */
  field: RegExp;
}

const LE_FIELD =
  /\b(law enforcement|police|policing|patrol|criminal|investigat\w*|security|enforcement|public safety|protective|military|federal)\b/;

export const PROFILES: Record<BackgroundId, BackgroundProfile> = {
  'criminal-investigator': {
    noun: 'a criminal investigator',
    work: 'running investigations, interviewing people and writing case reports',
    daily: ['investigations', 'interviewing', 'report-writing', 'testimony', 'surveillance', 'compliance'],
    families: ['criminal-investigation', 'fraud-investigation', 'private-investigation', 'intelligence'],
    clearance: 'top-secret',
    enforcement: true,
    field: /\b(investigat\w*|criminal|fraud|law enforcement|case|evidence|financial crimes?|compliance)\b/,
  },
  'immigration-enforcement': {
    noun: 'an immigration enforcement officer',
    work: 'case work, interviews, records checks and arrests',
    daily: ['investigations', 'interviewing', 'report-writing', 'languages', 'testimony'],
    families: ['criminal-investigation', 'police', 'corrections'],
    clearance: 'secret',
    enforcement: true,
    field: /\b(law enforcement|immigration|investigat\w*|case|removal|criminal|enforcement|detention)\b/,
  },
  'customs-border-inspection': {
    noun: 'a CBP officer',
    work: 'inspecting people, cargo and documents against the rules',
    daily: ['compliance', 'interviewing', 'security', 'languages', 'report-writing'],
    families: ['inspection', 'screening', 'police', 'evidence'],
    clearance: 'secret',
    enforcement: true,
    field: /\b(inspect\w*|customs|trade|import|export|cargo|border|law enforcement|compliance|screening)\b/,
  },
  'border-patrol': {
    noun: 'a Border Patrol agent',
    work: 'patrol, tracking, arrests and field reports',
    daily: ['surveillance', 'security', 'emergency', 'report-writing', 'languages'],
    families: ['police', 'wardens', 'guard', 'criminal-investigation'],
    clearance: 'secret',
    enforcement: true,
    field: LE_FIELD,
  },
  'police-patrol': {
    noun: 'a police officer',
    work: 'patrol, emergency response, arrests and incident reports',
    daily: ['report-writing', 'security', 'emergency', 'interviewing', 'testimony'],
    families: ['police', 'wardens', 'guard', 'screening', 'dispatch', 'evidence'],
    clearance: 'public-trust',
    enforcement: true,
    field: LE_FIELD,
  },
  'detention-corrections': {
    noun: 'a detention or corrections officer',
    work: 'supervising people in custody, keeping order and writing incident reports',
    daily: ['security', 'report-writing', 'supervision', 'emergency'],
    families: ['corrections', 'guard', 'screening'],
    clearance: 'public-trust',
    enforcement: true,
    field: /\b(correction\w*|detention|custody|jail|security|law enforcement|inmates?)\b/,
  },
  'intelligence-analysis': {
    noun: 'an intelligence analyst',
    work: 'research, link analysis and written intelligence reports',
    daily: ['investigations', 'report-writing', 'clearance', 'compliance', 'languages'],
    families: ['intelligence', 'fraud-investigation', 'security-specialist'],
    clearance: 'top-secret',
    enforcement: false,
    field: /\b(intelligence|analy\w*|research|investigat\w*|counterintelligence|targeting|threat)\b/,
  },
  'federal-admin': {
    noun: 'federal mission-support staff',
    work: 'records, case files, budgets and office administration',
    daily: ['compliance', 'report-writing', 'clearance', 'supervision'],
    families: ['evidence', 'dispatch', 'emergency-management'],
    clearance: 'public-trust',
    enforcement: false,
    field:
      /\b(administrative|administration|clerical|office|records|program|budget|management|federal|human resources|procurement|logistics|customer service)\b/,
  },
  'supervisory-law-enforcement': {
    noun: 'a law-enforcement supervisor',
    work: 'leading officers, planning operations and reviewing reports',
    daily: ['supervision', 'emergency', 'security', 'report-writing', 'investigations'],
    families: [
      'police',
      'criminal-investigation',
      'corrections',
      'security-specialist',
      'emergency-management',
    ],
    clearance: 'secret',
    enforcement: true,
    field: /\b(supervis\w*|managerial|management|leadership|law enforcement|police|security|command)\b/,
  },
};
