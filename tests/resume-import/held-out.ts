import type { LabelledResume } from './labelled-resumes';
import type { DocLine } from './layouts';

/**
 * Resumes written after the importer was finished, in layouts the labelled set does not use, and never
 * tuned on: the figure they give (`npm run bench -- resume-import`) is an honest guess at accuracy on
 * resumes nobody here wrote. Each is a labelled JSON Resume plus the lines of its document.
 */
export interface HeldOut extends Omit<LabelledResume, 'layout'> {
  lines: DocLine[];
}

export const HELD_OUT: HeldOut[] = [
  {
    // Dates first, then the title; employer under it; dashes for bullets; "Key results" lead-in.
    id: 'dates-first-sia',
    resume: {
      basics: { name: 'Omar Siddiqui', email: 'omar.siddiqui@example.com' },
      work: [
        {
          name: 'U.S. Immigration and Customs Enforcement',
          position: 'Supervisory Detention and Deportation Officer',
          startDate: '2018',
          'x-federal': { series: '1801', grade: 'GS-13' },
          highlights: [
            'Supervised 11 officers and set weekly case priorities for a docket of 900 cases.',
            'Rewrote the unit’s standard operating procedures, adopted region-wide in 2021.',
          ],
        },
        {
          name: 'Harris County Sheriff’s Office',
          position: 'Detention Officer',
          startDate: '2012-06',
          endDate: '2017-12',
          highlights: ['Booked and classified up to 80 arrivals a shift at a 9,000-bed facility.'],
        },
      ],
      education: [
        {
          institution: 'University of Houston',
          studyType: 'Bachelor of Science',
          area: 'Sociology',
          endDate: '2012',
        },
      ],
    },
    lines: [
      { text: 'Omar Siddiqui', bold: true, size: 16 },
      { text: 'Houston, Texas • omar.siddiqui@example.com' },
      { text: 'CAREER HISTORY', bold: true, gapBefore: true },
      {
        text: '2018 – present',
        right: 'Supervisory Detention and Deportation Officer, GS-1801-13',
        gapBefore: true,
      },
      { text: 'U.S. Immigration and Customs Enforcement, Houston Field Office' },
      { text: 'Key results:' },
      { text: '- Supervised 11 officers and set weekly case priorities for a docket of 900 cases.' },
      { text: '- Rewrote the unit’s standard operating procedures, adopted region-wide in 2021.' },
      { text: 'Jun 2012 – Dec 2017', right: 'Detention Officer', gapBefore: true },
      { text: 'Harris County Sheriff’s Office' },
      { text: '- Booked and classified up to 80 arrivals a shift at a 9,000-bed facility.' },
      { text: 'EDUCATION', bold: true, gapBefore: true },
      { text: 'Bachelor of Science in Sociology, University of Houston, 2012' },
    ],
  },
  {
    // Employer and title on one line with an em dash; headings with colons; asterisks for bullets.
    id: 'employer-dash-title-bpa',
    resume: {
      basics: { name: 'Jenna Kowalski', email: 'jkowalski@example.net' },
      work: [
        {
          name: 'U.S. Border Patrol',
          position: 'Border Patrol Agent',
          startDate: '2012-06',
          endDate: '2024-03',
          'x-federal': { series: '1896', grade: 'GL-11' },
          highlights: [
            'Tracked and located lost hikers in desert terrain on 30 rescue calls.',
            'Served as station firearms instructor for 45 agents.',
          ],
        },
      ],
      education: [
        {
          institution: 'Northern Arizona University',
          studyType: 'Associate of Arts',
          area: 'Criminal Justice',
          endDate: '2011',
        },
      ],
    },
    lines: [
      { text: 'JENNA KOWALSKI', bold: true, size: 15 },
      { text: 'jkowalski@example.net | (928) 555-0111' },
      { text: 'EXPERIENCE:', bold: true, gapBefore: true },
      { text: 'U.S. Border Patrol — Border Patrol Agent (GL-1896-11)', bold: true, gapBefore: true },
      { text: 'June 2012 - March 2024' },
      { text: '* Tracked and located lost hikers in desert terrain on 30 rescue calls.' },
      { text: '* Served as station firearms instructor for 45 agents.' },
      { text: 'EDUCATION:', bold: true, gapBefore: true },
      { text: 'Northern Arizona University — Associate of Arts, Criminal Justice (2011)' },
    ],
  },
  {
    // A USA Staffing style export: labelled fields, dates written out, duties as one paragraph list.
    id: 'usa-staffing-labelled-fields',
    resume: {
      basics: { name: 'Grace Obi', email: 'grace.obi@example.org' },
      work: [
        {
          name: 'Department of Homeland Security',
          position: 'Mission Support Specialist',
          startDate: '2015-03',
          'x-federal': { series: '0301', grade: 'GS-11', hoursPerWeek: 40 },
          highlights: [
            'Managed travel and purchase card programs for 150 employees with no audit findings.',
            'Coordinated the move of a 60-person office to a new building in 2019.',
          ],
        },
      ],
      education: [
        {
          institution: 'Texas State University',
          studyType: 'Bachelor of Science',
          area: 'Criminal Justice',
          endDate: '2010',
        },
      ],
    },
    lines: [
      { text: 'Grace Obi', bold: true, size: 14 },
      { text: 'Email Address: grace.obi@example.org' },
      { text: 'WORK EXPERIENCE', bold: true, gapBefore: true },
      { text: 'Position Title: Mission Support Specialist', gapBefore: true },
      { text: 'Agency: Department of Homeland Security' },
      { text: 'Dates of Employment: 03/2015 - Present' },
      { text: 'Grade: GS-0301-11' },
      { text: 'Hours per week: 40' },
      { text: 'Duties:' },
      {
        text: 'Managed travel and purchase card programs for 150 employees with no audit findings.',
        bullet: true,
      },
      { text: 'Coordinated the move of a 60-person office to a new building in 2019.', bullet: true },
      { text: 'EDUCATION', bold: true, gapBefore: true },
      { text: 'Texas State University, San Marcos, TX' },
      { text: 'Bachelor of Science in Criminal Justice, 05/2010' },
    ],
  },
];
