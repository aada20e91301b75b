/**
 * Civilian tracks: groups of occupations where enforcement and admin experience carries over.
 * `onetCodes` place a lead by its classified occupation; `title` and `text` patterns place it when
 * O*NET has no code for the work (trust and safety, AML) or the title is too vague to classify.
 */
export const trackIds = [
  'investigations',
  'financial-crimes-compliance',
  'trust-and-safety',
  'corporate-security',
  'loss-prevention',
  'emergency-management',
  'trade-compliance-logistics',
  'court-legal-support',
  'records-administration',
  'training-instruction',
  'interpretation-language',
  'regulatory-inspection',
  'program-management-analysis',
] as const;
export type TrackId = (typeof trackIds)[number];

export interface Track {
  label: string;
  onetCodes: string[];
  title: RegExp;
  text?: RegExp;
}

export const TRACKS: Record<TrackId, Track> = {
  investigations: {
    label: 'Investigations (insurance, fraud, corporate, workplace)',
    onetCodes: ['13-2099.04', '33-9021.00', '13-1031.00', '13-1041.04'],
    title: /\b(investigat\w*|fraud|siu|claims? examiner|background check|due diligence)\b/,
  },
  'financial-crimes-compliance': {
    label: 'Financial crimes and compliance (AML/KYC)',
    onetCodes: ['13-1041.00', '11-9199.02', '13-2061.00'],
    title:
      /\b(aml|kyc|bsa|anti[- ]money|sanctions|financial crimes?|compliance (analyst|officer|specialist|investigator)|fincrime|transaction monitoring)\b/,
    text: /\b(anti[- ]money laundering|suspicious activity reports?|\bsars?\b|know your customer|ofac)\b/,
  },
  'trust-and-safety': {
    label: 'Trust and safety',
    onetCodes: [],
    title:
      /\b(trust (and|&) safety|content (moderat\w*|policy|review\w*)|integrity|abuse|child safety|platform safety|threat (intel\w*|analyst))\b/,
    text: /\b(trust (and|&) safety|content moderation|platform abuse)\b/,
  },
  'corporate-security': {
    label: 'Corporate and physical security',
    onetCodes: ['11-3013.01', '13-1199.07', '33-1091.00', '33-9032.00'],
    title:
      /\b(security (manager|director|specialist|officer|supervisor|operations|coordinator|analyst)|protective|executive protection|gsoc|site security)\b/,
  },
  'loss-prevention': {
    label: 'Loss prevention',
    onetCodes: ['33-9099.02', '11-9199.08'],
    title: /\b(loss prevention|asset protection|shrink|organized retail crime)\b/,
  },
  'emergency-management': {
    label: 'Emergency management and business continuity',
    onetCodes: ['11-9161.00', '13-1199.04'],
    title:
      /\b(emergency (management|manager|planner|preparedness|services coordinator)|business continuity|crisis management|disaster|resilience)\b/,
  },
  'trade-compliance-logistics': {
    label: 'Trade compliance and logistics',
    onetCodes: ['13-1041.08', '13-1081.00', '13-1081.02', '43-5011.01'],
    title:
      /\b(trade compliance|customs (broker|compliance|specialist|analyst)|import|export|logistics|supply chain security|ctpat|c-tpat)\b/,
  },
  'court-legal-support': {
    label: 'Court and legal support',
    onetCodes: ['23-2011.00', '43-4031.00'],
    title:
      /\b(paralegal|legal assistant|court (clerk|liaison|coordinator)|litigation support|victim advocate|legal (secretary|specialist))\b/,
  },
  'records-administration': {
    label: 'Records and administration',
    onetCodes: [
      '43-4071.00',
      '43-4199.00',
      '43-9061.00',
      '43-6011.00',
      '43-6014.00',
      '11-3012.00',
      '43-4061.00',
    ],
    title:
      /\b(records|administrative|office (manager|coordinator|administrator)|case (manager|coordinator)|data entry|clerk|program assistant|eligibility)\b/,
  },
  'training-instruction': {
    label: 'Training and instruction',
    onetCodes: ['13-1151.00', '11-3131.00', '25-1111.00'],
    title: /\b(trainer|training|instructor|instructional|curriculum|facilitator)\b/,
  },
  'interpretation-language': {
    label: 'Interpretation and language services',
    onetCodes: ['27-3091.00'],
    title: /\b(interpreter|translator|bilingual|language (specialist|services))\b/,
  },
  'regulatory-inspection': {
    label: 'Regulatory inspection',
    onetCodes: [
      '13-1041.01',
      '13-1041.07',
      '19-5011.00',
      '45-2011.00',
      '47-4011.00',
      '53-6051.00',
      '53-6051.07',
    ],
    title: /\b(inspector|inspection|regulatory|safety specialist|osha|quality assurance auditor|auditor)\b/,
  },
  'program-management-analysis': {
    label: 'Program and management analysis',
    onetCodes: ['13-1111.00', '13-1082.00', '15-2031.00'],
    title:
      /\b(program (manager|analyst|specialist)|management analyst|operations analyst|project manager|policy analyst|business analyst)\b/,
  },
};
