import type { SourceType } from '../../../../core/lead/lead';

export interface SourceField {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

/**
 * The form fields each source type asks for, beyond id, name and baseUrl. A Record over every
 * source type, so adding a type without its fields fails to compile.
 */
export const SOURCE_FIELDS: Record<SourceType, { label: string; fields: SourceField[] }> = {
  greenhouse: {
    label: 'Greenhouse board',
    fields: [{ name: 'board', label: 'Board token', required: true, hint: 'boards.greenhouse.io/<token>' }],
  },
  lever: {
    label: 'Lever site',
    fields: [{ name: 'site', label: 'Site name', required: true, hint: 'jobs.lever.co/<site>' }],
  },
  ashby: {
    label: 'Ashby job board',
    fields: [{ name: 'board', label: 'Board name', required: true, hint: 'jobs.ashbyhq.com/<board>' }],
  },
  smartrecruiters: {
    label: 'SmartRecruiters company',
    fields: [{ name: 'company', label: 'Company identifier', required: true }],
  },
  workday: {
    label: 'Workday career site',
    fields: [
      { name: 'host', label: 'Host', required: true, hint: 'e.g. acme.wd5.myworkdayjobs.com' },
      { name: 'tenant', label: 'Tenant', required: true },
      { name: 'site', label: 'Site', required: true },
      { name: 'searchText', label: 'Search text' },
    ],
  },
  usajobs: {
    label: 'USAJOBS search',
    fields: [
      { name: 'keyword', label: 'Keyword' },
      {
        name: 'apiKeyEnv',
        label: 'Environment variable holding the API key',
        required: true,
        hint: 'e.g. USAJOBS_API_KEY',
      },
      { name: 'userAgentEmail', label: 'Email registered with the API key', required: true },
    ],
  },
  neogov: {
    label: 'NEOGOV / GovernmentJobs RSS',
    fields: [
      {
        name: 'agency',
        label: 'Agency',
        hint: 'governmentjobs.com/careers/<agency>; or give a feed URL instead',
      },
      { name: 'url', label: 'Feed URL' },
    ],
  },
  jsonld: {
    label: 'Career site with schema.org JobPosting',
    fields: [{ name: 'url', label: 'Careers page URL', required: true }],
  },
  recruitee: {
    label: 'Recruitee careers site',
    fields: [{ name: 'company', label: 'Company', required: true, hint: '<company>.recruitee.com' }],
  },
  workable: {
    label: 'Workable account',
    fields: [
      { name: 'account', label: 'Account', required: true, hint: 'apply.workable.com/<account>' },
      { name: 'api', label: 'Endpoint', hint: "widget (default) or v3, the careers page's paged list" },
    ],
  },
  bamboohr: {
    label: 'BambooHR careers site',
    fields: [{ name: 'company', label: 'Company', required: true, hint: '<company>.bamboohr.com/careers' }],
  },
  oracle: {
    label: 'Oracle Recruiting Cloud site',
    fields: [
      { name: 'host', label: 'Host', required: true, hint: 'e.g. eeho.fa.us2.oraclecloud.com' },
      { name: 'site', label: 'Site number', required: true, hint: '…/CandidateExperience/en/sites/<site>' },
    ],
  },
  ukg: {
    label: 'UKG Pro (UltiPro) job board',
    fields: [
      { name: 'tenant', label: 'Tenant', required: true, hint: 'recruiting.ultipro.com/<tenant>/JobBoard/…' },
      { name: 'boardId', label: 'Board id', required: true, hint: '…/JobBoard/<board id>' },
    ],
  },
  icims: {
    label: 'iCIMS career site',
    fields: [{ name: 'host', label: 'Host', required: true, hint: 'e.g. careers-acme.icims.com' }],
  },
  personio: {
    label: 'Personio job page',
    fields: [{ name: 'company', label: 'Company', required: true, hint: '<company>.jobs.personio.com' }],
  },
  teamtailor: {
    label: 'Teamtailor career site',
    fields: [{ name: 'company', label: 'Company', required: true, hint: '<company>.teamtailor.com' }],
  },
  rippling: {
    label: 'Rippling job board',
    fields: [{ name: 'board', label: 'Board', required: true, hint: 'ats.rippling.com/<board>/jobs' }],
  },
};
