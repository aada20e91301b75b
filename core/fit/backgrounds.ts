/**
 * The backgrounds Offramp's seekers come from, each mapped to the O*NET-SOC occupations that
 * describe the work. `tracks` are the civilian tracks where that background's skills carry over
 * most directly, strongest first.
 */
export const backgroundIds = [
  'criminal-investigator',
  'immigration-enforcement',
  'customs-border-inspection',
  'border-patrol',
  'police-patrol',
  'detention-corrections',
  'intelligence-analysis',
  'federal-admin',
  'supervisory-law-enforcement',
] as const;
export type BackgroundId = (typeof backgroundIds)[number];

export interface Background {
  label: string;
  /** "I was a …" wording for the background selector. */
  iWasA: string;
  onetCodes: string[];
  tracks: string[];
}

export const BACKGROUNDS: Record<BackgroundId, Background> = {
  'criminal-investigator': {
    label: 'Criminal investigator or special agent',
    iWasA: 'criminal investigator or special agent (e.g. HSI, GS-1811)',
    onetCodes: ['33-3021.00'],
    tracks: [
      'investigations',
      'financial-crimes-compliance',
      'trust-and-safety',
      'corporate-security',
      'court-legal-support',
      // Retail and corporate theft cases are investigations: loss-prevention managers and
      // organised-retail-crime investigators are common second careers for agents.
      'loss-prevention',
    ],
  },
  'immigration-enforcement': {
    label: 'Immigration enforcement or deportation officer',
    iWasA: 'deportation officer or immigration enforcement agent',
    onetCodes: ['33-3021.00', '33-3051.04', '33-3012.00'],
    tracks: [
      'investigations',
      'interpretation-language',
      'records-administration',
      'court-legal-support',
      'corporate-security',
    ],
  },
  'customs-border-inspection': {
    label: 'Customs and border inspection (CBP officer)',
    iWasA: 'CBP officer at a port of entry',
    onetCodes: ['33-3051.04'],
    tracks: [
      'trade-compliance-logistics',
      'regulatory-inspection',
      'corporate-security',
      'loss-prevention',
      'investigations',
    ],
  },
  'border-patrol': {
    label: 'Border Patrol agent',
    iWasA: 'Border Patrol agent',
    onetCodes: ['33-3051.04', '33-3051.00'],
    tracks: [
      'corporate-security',
      'emergency-management',
      'loss-prevention',
      'training-instruction',
      'regulatory-inspection',
    ],
  },
  'police-patrol': {
    label: 'Police and patrol officer',
    iWasA: 'police or patrol officer',
    onetCodes: ['33-3051.00', '33-3052.00'],
    tracks: [
      'corporate-security',
      'loss-prevention',
      'investigations',
      'emergency-management',
      'training-instruction',
    ],
  },
  'detention-corrections': {
    label: 'Detention or corrections officer',
    iWasA: 'detention or corrections officer',
    onetCodes: ['33-3012.00', '33-1011.00'],
    tracks: [
      'corporate-security',
      'records-administration',
      'loss-prevention',
      'training-instruction',
      'court-legal-support',
    ],
  },
  'intelligence-analysis': {
    label: 'Intelligence analyst',
    iWasA: 'intelligence or targeting analyst',
    onetCodes: ['33-3021.06'],
    tracks: [
      'trust-and-safety',
      'financial-crimes-compliance',
      'program-management-analysis',
      'investigations',
      'corporate-security',
    ],
  },
  'federal-admin': {
    label: 'Federal mission support or administration',
    iWasA: 'mission support, detention and removal assistant, or admin staff',
    onetCodes: ['43-4061.00', '43-6011.00', '43-9061.00', '13-1071.00', '13-1111.00', '43-4199.00'],
    tracks: [
      'records-administration',
      'program-management-analysis',
      'court-legal-support',
      'training-instruction',
      'trade-compliance-logistics',
    ],
  },
  'supervisory-law-enforcement': {
    label: 'Supervisory law enforcement',
    iWasA: 'supervisor or manager in law enforcement',
    onetCodes: ['33-1012.00', '33-1011.00', '33-1099.00'],
    tracks: [
      'corporate-security',
      'emergency-management',
      'program-management-analysis',
      'training-instruction',
      'investigations',
      // Loss-prevention managers run teams and cases across stores, as supervisors ran squads.
      'loss-prevention',
    ],
  },
};
