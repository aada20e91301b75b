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
};
