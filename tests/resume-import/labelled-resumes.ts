import type { Resume } from '../../core/resume/resume-schema';

/**
 * Fifteen resumes written for this test set (people and numbers invented), each with the layout it is
 * rendered in. The JSON Resume here is the label: what an import of the rendered file must give.
 */
export type Layout =
  | 'usajobs'
  | 'one-column'
  | 'two-column'
  | 'word-default'
  | 'word-plain'
  | 'position-description';

export interface LabelledResume {
  id: string;
  layout: Layout;
  resume: Resume;
}

export const LABELLED_RESUMES: LabelledResume[] = [
  {
    id: 'cbp-officer-usajobs',
    layout: 'usajobs',
    resume: {
      basics: {
        name: 'Maria L. Gutierrez',
        email: 'mgutierrez.careers@example.com',
        phone: '(915) 555-0187',
      },
      work: [
        {
          name: 'U.S. Customs and Border Protection',
          position: 'Customs and Border Protection Officer',
          startDate: '2014-05',
          'x-federal': {
            series: '1895',
            grade: 'GS-12',
            hoursPerWeek: 40,
            salary: '$86,335.00 USD Per Year',
          },
          highlights: [
            'Inspect travelers, vehicles and cargo entering the United States at the Ysleta port of entry, applying more than 400 federal laws and regulations on behalf of over 40 agencies.',
            'Conduct primary and secondary inspections, interview travelers to determine admissibility, and query TECS and ATS to identify high-risk persons and shipments.',
            'Trained 22 new officers on secondary inspection procedures; the port passed its 2021 compliance review with no findings.',
          ],
        },
        {
          name: 'El Paso County Sheriff’s Office',
          position: 'Detention Officer',
          startDate: '2010-08',
          endDate: '2014-04',
          'x-federal': { hoursPerWeek: 40 },
          highlights: [
            'Supervised housing units of up to 64 inmates, maintaining order and documenting incidents in the jail management system.',
            'Completed 480 hours of in-service training in de-escalation, first aid and report writing.',
          ],
        },
      ],
      education: [
        {
          institution: 'University of Texas at El Paso',
          studyType: 'Bachelor’s Degree',
          area: 'Criminal Justice',
          endDate: '2010-05',
        },
      ],
    },
  },
  {
    id: 'border-patrol-usajobs',
    layout: 'usajobs',
    resume: {
      basics: { name: 'James R. Whitfield', email: 'jr.whitfield@example.net', phone: '520-555-0112' },
      work: [
        {
          name: 'U.S. Border Patrol, Tucson Sector',
          position: 'Supervisory Border Patrol Agent',
          startDate: '2017-10',
          'x-federal': {
            series: '1896',
            grade: 'GS-13',
            hoursPerWeek: 50,
            salary: '$104,210.00 USD Per Year',
          },
          highlights: [
            'Supervise a shift of 18 agents responsible for 32 miles of border, assigning patrol zones and reviewing all apprehension and use-of-force reports.',
            'Coordinate search and rescue operations with county sheriffs and the National Park Service; my teams located 41 lost hikers and migrants in 2022.',
            'Manage the station’s vehicle fleet of 26 four-wheel-drive units, cutting unscheduled repairs by 30 percent.',
          ],
        },
        {
          name: 'U.S. Border Patrol, Tucson Sector',
          position: 'Border Patrol Agent',
          startDate: '2011-01',
          endDate: '2017-09',
          'x-federal': { series: '1896', grade: 'GL-11', hoursPerWeek: 50 },
          highlights: [
            'Patrolled remote desert terrain on foot, on horseback and by all-terrain vehicle, tracking and interdicting illegal crossings.',
            'Served as station emergency medical technician, giving first aid in more than 60 field emergencies.',
          ],
        },
      ],
      education: [
        {
          institution: 'Pima Community College',
          studyType: 'Associate of Applied Science',
          area: 'Emergency Medical Services',
          endDate: '2010-12',
        },
      ],
    },
  },
  {
    id: 'mission-support-usajobs',
    layout: 'usajobs',
    resume: {
      basics: { name: 'Angela Brooks', email: 'angela.brooks.hr@example.org', phone: '(202) 555-0164' },
      work: [
        {
          name: 'U.S. Immigration and Customs Enforcement',
          position: 'Mission Support Specialist',
          startDate: '2018-02',
          'x-federal': {
            series: '0301',
            grade: 'GS-11',
            hoursPerWeek: 40,
            salary: '$78,592.00 USD Per Year',
          },
          highlights: [
            'Process personnel actions, timekeeping and travel vouchers for an office of 140 employees using WebTA and Concur.',
            'Prepare the office budget of $3.2 million and track obligations weekly, closing each fiscal year within one percent of plan.',
            'Drafted standard operating procedures for onboarding that reduced new-hire processing time from 21 days to 9 days.',
          ],
        },
        {
          name: 'U.S. Army',
          position: 'Human Resources Specialist',
          startDate: '2012-06',
          endDate: '2018-01',
          'x-federal': { hoursPerWeek: 40 },
          highlights: [
            'Maintained personnel records for a battalion of 650 soldiers and processed awards, evaluations and promotions.',
          ],
        },
      ],
      education: [
        {
          institution: 'University of Maryland Global Campus',
          studyType: 'Bachelor’s Degree',
          area: 'Business Administration',
          endDate: '2016-08',
        },
      ],
    },
  },
  {
    id: 'deportation-officer-one-column',
    layout: 'one-column',
    resume: {
      basics: {
        name: 'Kevin Tran',
        email: 'kevin.tran.work@example.com',
        phone: '(713) 555-0139',
        label: 'Case Manager and Investigator',
      },
      work: [
        {
          name: 'U.S. Immigration and Customs Enforcement',
          position: 'Deportation Officer',
          location: 'Houston, TX',
          startDate: '2016-07',
          endDate: '2024-03',
          'x-federal': { series: '1801', grade: 'GS-12' },
          highlights: [
            'Managed a caseload of 85 cases from intake to resolution, meeting every court deadline for three straight years.',
            'Coordinated travel, medical clearances and documents with consulates from 14 countries.',
            'Wrote 300 case reports a year in EARM with a supervisory error rate below 2 percent.',
          ],
        },
        {
          name: 'Harris County Constable Precinct 4',
          position: 'Deputy Constable',
          location: 'Houston, TX',
          startDate: '2012-03',
          endDate: '2016-06',
          highlights: [
            'Served civil process and warrants across a precinct of 600,000 residents.',
            'Taught community safety classes at 12 local schools.',
          ],
        },
      ],
      education: [
        {
          institution: 'University of Houston',
          studyType: 'Bachelor of Science',
          area: 'Criminal Justice',
          endDate: '2011',
        },
      ],
      skills: [
        { name: 'Case management' },
        { name: 'Investigations' },
        { name: 'Vietnamese' },
        { name: 'Report writing' },
      ],
    },
  },
  {
    id: 'special-agent-one-column',
    layout: 'one-column',
    resume: {
      basics: { name: 'Rachel Okafor', email: 'r.okafor@example.com', phone: '(305) 555-0121' },
      work: [
        {
          name: 'Homeland Security Investigations',
          position: 'Special Agent',
          location: 'Miami, FL',
          startDate: '2015-09',
          'x-federal': { series: '1811', grade: 'GS-13' },
          highlights: [
            'Led financial investigations into trade-based money laundering that recovered $14.6 million in illicit proceeds.',
            'Wrote and executed 35 search warrants and presented cases to assistant U.S. attorneys, with a 92 percent conviction rate.',
            'Built link charts and subpoena analyses in Excel and i2 Analyst’s Notebook for a task force of six agencies.',
          ],
        },
        {
          name: 'Deloitte',
          position: 'Forensic Accounting Associate',
          location: 'Atlanta, GA',
          startDate: '2012-06',
          endDate: '2015-08',
          highlights: ['Traced funds through 1,200 bank accounts for fraud litigation clients.'],
        },
      ],
      education: [
        {
          institution: 'Georgia State University',
          studyType: 'Master of Science',
          area: 'Forensic Accounting',
          endDate: '2012',
        },
        { institution: 'Spelman College', studyType: 'Bachelor of Arts', area: 'Economics', endDate: '2010' },
      ],
      certificates: [{ name: 'Certified Fraud Examiner (CFE)', issuer: 'ACFE', date: '2019' }],
    },
  },
  {
    id: 'tsa-one-column',
    layout: 'one-column',
    resume: {
      basics: { name: 'Luis Hernandez', email: 'luis.hernandez88@example.com', phone: '(773) 555-0190' },
      work: [
        {
          name: 'Transportation Security Administration',
          position: 'Lead Transportation Security Officer',
          location: 'Chicago, IL',
          startDate: '2019-04',
          highlights: [
            'Lead a checkpoint team of 12 officers screening 9,000 passengers a shift at O’Hare Terminal 3.',
            'Resolve alarms on carry-on bags using X-ray and explosives trace detection, with zero missed test items in 2023 covert testing.',
          ],
        },
        {
          name: 'Allied Universal',
          position: 'Security Officer',
          location: 'Chicago, IL',
          startDate: '2016-01',
          endDate: '2019-03',
          highlights: [
            'Patrolled a 40-story office tower and wrote incident reports for building management.',
          ],
        },
      ],
      education: [
        {
          institution: 'Harold Washington College',
          studyType: 'Associate of Arts',
          area: 'General Studies',
          endDate: '2015',
        },
      ],
      languages: [{ language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: 'police-two-column',
    layout: 'two-column',
    resume: {
      basics: { name: 'Daniel Kowalski', email: 'dan.kowalski@example.com', phone: '(414) 555-0176' },
      work: [
        {
          name: 'Milwaukee Police Department',
          position: 'Police Sergeant',
          location: 'Milwaukee, WI',
          startDate: '2015-03',
          endDate: '2024-06',
          highlights: [
            'Supervised 11 patrol officers on a district night shift, reviewing every arrest report before submission.',
            'Designed a crisis intervention referral process adopted by four districts, cutting repeat calls by 22 percent.',
            'Managed the district’s body-worn camera rollout for 140 officers.',
          ],
        },
        {
          name: 'Milwaukee Police Department',
          position: 'Police Officer',
          location: 'Milwaukee, WI',
          startDate: '2008-08',
          endDate: '2015-02',
          highlights: ['Answered an average of 1,100 calls for service a year in a high-volume district.'],
        },
      ],
      education: [
        {
          institution: 'Marquette University',
          studyType: 'Bachelor of Arts',
          area: 'Criminology',
          endDate: '2008',
        },
      ],
      certificates: [
        { name: 'Crisis Intervention Team Certification', issuer: 'NAMI Wisconsin', date: '2016' },
      ],
    },
  },
  {
    id: 'uscis-two-column',
    layout: 'two-column',
    resume: {
      basics: { name: 'Priya Raman', email: 'priya.raman@example.org', phone: '(802) 555-0148' },
      work: [
        {
          name: 'U.S. Citizenship and Immigration Services',
          position: 'Immigration Services Officer',
          location: 'St. Albans, VT',
          startDate: '2017-11',
          'x-federal': { series: '1801', grade: 'GS-12' },
          highlights: [
            'Adjudicate an average of 30 employment-based applications a week under the Immigration and Nationality Act.',
            'Write decisions and requests for evidence that meet quality review standards 98 percent of the time.',
            'Mentor four new officers through their first year of case work.',
          ],
        },
        {
          name: 'Vermont Legal Aid',
          position: 'Paralegal',
          location: 'Burlington, VT',
          startDate: '2014-06',
          endDate: '2017-10',
          highlights: ['Prepared case files and client interviews for a team of five attorneys.'],
        },
      ],
      education: [
        {
          institution: 'University of Vermont',
          studyType: 'Bachelor of Arts',
          area: 'Political Science',
          endDate: '2014',
        },
      ],
      languages: [
        { language: 'Tamil', fluency: 'Native' },
        { language: 'French', fluency: 'Professional' },
      ],
    },
  },
  {
    id: 'intel-analyst-two-column',
    layout: 'two-column',
    resume: {
      basics: { name: 'Marcus Bell', email: 'marcus.bell.analyst@example.com', phone: '(571) 555-0155' },
      work: [
        {
          name: 'U.S. Customs and Border Protection',
          position: 'Intelligence Research Specialist',
          location: 'Washington, DC',
          startDate: '2016-05',
          'x-federal': { series: '0132', grade: 'GS-13' },
          highlights: [
            'Produce weekly threat assessments on transnational smuggling networks for senior leaders.',
            'Built a dashboard in Tableau that tracks 18 seizure indicators across 20 sectors.',
            'Briefed congressional staff on trend analysis four times a year.',
          ],
        },
        {
          name: 'U.S. Marine Corps',
          position: 'Intelligence Specialist',
          location: 'Quantico, VA',
          startDate: '2010-07',
          endDate: '2016-04',
          highlights: ['Prepared all-source intelligence products for a battalion deployed overseas.'],
        },
      ],
      education: [
        {
          institution: 'George Mason University',
          studyType: 'Master of Arts',
          area: 'Security Studies',
          endDate: '2019',
        },
      ],
    },
  },
  {
    id: 'corrections-word-default',
    layout: 'word-default',
    resume: {
      basics: { name: 'Tanya Whitehorse', email: 'tanya.whitehorse@example.com', phone: '(605) 555-0133' },
      work: [
        {
          name: 'Federal Bureau of Prisons',
          position: 'Correctional Officer',
          location: 'Yankton, SD',
          startDate: '2013-09',
          endDate: '2023-12',
          'x-federal': { series: '0007', grade: 'GS-8' },
          highlights: [
            'Supervised 120 inmates in a minimum-security camp and enforced institution rules fairly and consistently.',
            'Led the institution’s 14-member emergency response team through quarterly drills.',
            'Taught GED reading classes to 30 inmates a year as a collateral duty.',
          ],
        },
        {
          name: 'Dakota Wesleyan University',
          position: 'Admissions Assistant',
          location: 'Mitchell, SD',
          startDate: '2010-08',
          endDate: '2013-08',
          highlights: ['Answered 200 prospective student inquiries a month and organized campus tours.'],
        },
      ],
      education: [
        {
          institution: 'Dakota Wesleyan University',
          studyType: 'Bachelor of Arts',
          area: 'Psychology',
          endDate: '2012',
        },
      ],
    },
  },
  {
    id: 'fletc-instructor-word-default',
    layout: 'word-default',
    resume: {
      basics: { name: 'Robert Chen', email: 'robert.chen.trainer@example.net', phone: '(912) 555-0108' },
      work: [
        {
          name: 'Federal Law Enforcement Training Centers',
          position: 'Law Enforcement Specialist Instructor',
          location: 'Glynco, GA',
          startDate: '2018-01',
          'x-federal': { series: '1801', grade: 'GS-13' },
          highlights: [
            'Teach interviewing, report writing and legal courses to 600 students a year from 90 agencies.',
            'Redesigned the interviewing lab around recorded role plays, raising student evaluation scores from 4.1 to 4.7.',
          ],
        },
        {
          name: 'U.S. Immigration and Customs Enforcement',
          position: 'Deportation Officer',
          location: 'Atlanta, GA',
          startDate: '2009-03',
          endDate: '2017-12',
          'x-federal': { series: '1801', grade: 'GS-12' },
          highlights: [
            'Managed a docket of 70 cases and coordinated with attorneys, courts and consulates.',
            'Served as field training officer for 15 new officers.',
          ],
        },
      ],
      education: [
        {
          institution: 'Georgia Southern University',
          studyType: 'Master of Education',
          area: 'Instructional Technology',
          endDate: '2020',
        },
        {
          institution: 'Valdosta State University',
          studyType: 'Bachelor of Science',
          area: 'Criminal Justice',
          endDate: '2008',
        },
      ],
    },
  },
  {
    id: 'asylum-officer-word-plain',
    layout: 'word-plain',
    resume: {
      basics: { name: 'Farah Haddad', email: 'farah.haddad@example.org', phone: '(305) 555-0162' },
      work: [
        {
          name: 'U.S. Citizenship and Immigration Services',
          position: 'Asylum Officer',
          location: 'Miami, FL',
          startDate: '2017-02',
          endDate: '2024-06',
          'x-federal': { series: '0930', grade: 'GS-13' },
          highlights: [
            'Interviewed about 300 applicants a year through interpreters and wrote legally sufficient decisions.',
            'Mentored 6 new officers through their first 90 days of casework.',
          ],
        },
        {
          name: 'Florida International University',
          position: 'Research Assistant',
          location: 'Miami, FL',
          startDate: '2014-09',
          endDate: '2016-12',
          highlights: ['Coded 1,200 survey responses for a study of refugee resettlement outcomes.'],
        },
      ],
      education: [
        {
          institution: 'Florida International University',
          studyType: 'Master of Arts',
          area: 'International Relations',
          endDate: '2016',
        },
      ],
    },
  },
  {
    id: 'ero-analyst-word-plain',
    layout: 'word-plain',
    resume: {
      basics: { name: 'Derek Olsen', email: 'derek.olsen@example.com', phone: '(651) 555-0140' },
      work: [
        {
          name: 'U.S. Immigration and Customs Enforcement',
          position: 'Management and Program Analyst',
          location: 'Saint Paul, MN',
          startDate: '2019-04',
          'x-federal': { series: '0343', grade: 'GS-12' },
          highlights: [
            'Built the monthly staffing and overtime report for a field office of 240 employees.',
            'Cut contract invoice review time from 12 days to 5 by standardizing the checklist.',
            'Briefed senior managers each quarter on budget execution against a $38 million plan.',
          ],
        },
      ],
      education: [
        {
          institution: 'University of Minnesota',
          studyType: 'Bachelor of Science',
          area: 'Economics',
          endDate: '2018',
        },
      ],
    },
  },
  {
    id: 'park-ranger-word-plain',
    layout: 'word-plain',
    resume: {
      basics: { name: 'Lucia Benavides', email: 'lucia.benavides@example.net', phone: '(520) 555-0199' },
      work: [
        {
          name: 'National Park Service',
          position: 'Park Ranger (Law Enforcement)',
          location: 'Tucson, AZ',
          startDate: '2016-05',
          endDate: '2023-10',
          'x-federal': { series: '0025', grade: 'GS-9' },
          highlights: [
            'Patrolled 92,000 acres of backcountry and led 40 search and rescue missions.',
            'Wrote incident reports that supported 25 federal prosecutions.',
          ],
        },
        {
          name: 'Pima County Parks',
          position: 'Seasonal Park Aide',
          location: 'Tucson, AZ',
          startDate: '2014-05',
          endDate: '2015-09',
          highlights: ['Guided school groups of up to 60 students on desert ecology walks.'],
        },
      ],
      education: [
        {
          institution: 'University of Arizona',
          studyType: 'Bachelor of Science',
          area: 'Natural Resources',
          endDate: '2015',
        },
      ],
    },
  },
  {
    id: 'cbp-position-description',
    layout: 'position-description',
    resume: {
      basics: {},
      work: [
        {
          name: 'U.S. Customs and Border Protection, Office of Field Operations',
          position: 'Supervisory Customs and Border Protection Officer',
          'x-federal': { series: '1895', grade: 'GS-13' },
          highlights: [
            'Plans, directs and coordinates the work of 15 to 25 officers conducting passenger and cargo inspections at a port of entry.',
            'Assigns work, sets priorities and evaluates performance; recommends selections, promotions and awards.',
            'Ensures compliance with laws enforced at the border, including customs, immigration, agriculture and public health requirements.',
            'Serves as the port’s liaison with other federal, state and local agencies and with the trade community.',
          ],
        },
      ],
    },
  },
];
