import { z } from 'zod';
import type { SourceType } from './lead/lead';

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be 1-80 lower-case letters, digits, ".", "_" or "-"');
const slug = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,120}$/, 'must be letters, digits, ".", "_" or "-"');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

const common = {
  id,
  name: z.string().trim().min(1).max(200).optional(),
  /** Where the API lives; tests and the demo point it at loopback. */
  baseUrl: httpUrl.optional(),
  enabled: z.boolean().default(true),
};

export const greenhouseParams = z.object({ type: z.literal('greenhouse'), board: slug, ...common });
export const leverParams = z.object({ type: z.literal('lever'), site: slug, ...common });
export const ashbyParams = z.object({ type: z.literal('ashby'), board: slug, ...common });
export const smartRecruitersParams = z.object({
  type: z.literal('smartrecruiters'),
  company: slug,
  ...common,
});
export const workdayParams = z.object({
  type: z.literal('workday'),
  host: z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a host name such as acme.wd5.myworkdayjobs.com'),
  tenant: slug,
  site: slug,
  searchText: z.string().max(200).default(''),
  ...common,
});
export const usajobsParams = z.object({
  type: z.literal('usajobs'),
  keyword: z.string().trim().max(200).optional(),
  /** Further USAJOBS Search API query parameters, e.g. { LocationName: "Texas", JobCategoryCode: "1811" }. */
  filters: z.record(z.string().regex(/^[A-Za-z]+$/), z.string().max(200)).default({}),
  /** The name of the environment variable holding the API key (never the key itself). */
  // Only variables named for this purpose: a source must not be able to send, say, DATA_KEY to a
  // server of its choosing.
  apiKeyEnv: z
    .string()
    .regex(
      /^[A-Z][A-Z0-9_]*_API_KEY$/,
      'must name an environment variable ending in _API_KEY, such as USAJOBS_API_KEY',
    ),
  userAgentEmail: z.email(),
  ...common,
});
export const neogovParams = z
  .object({ type: z.literal('neogov'), agency: slug.optional(), url: httpUrl.optional(), ...common })
  .refine((v) => Boolean(v.agency) !== Boolean(v.url), {
    message: 'give exactly one of agency or url',
    path: ['agency'],
  });
export const jsonldParams = z.object({
  type: z.literal('jsonld'),
  url: httpUrl,
  render: z.enum(['auto', 'static', 'browser']).default('auto'),
  maxPages: z.number().int().min(1).max(5000).default(200),
  ...common,
});

const hostName = (example: string) =>
  z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]+(:\d+)?$/i, `must be a host name such as ${example}`);

export const recruiteeParams = z.object({ type: z.literal('recruitee'), company: slug, ...common });
export const workableParams = z.object({
  type: z.literal('workable'),
  account: slug,
  /**
   * `widget`: Workable's documented job widget, every job with its description in one answer.
   * `v3`: the paged jobs endpoint behind the hosted careers page, then each job's detail.
   */
  api: z.enum(['widget', 'v3']).default('widget'),
  ...common,
});
export const bamboohrParams = z.object({ type: z.literal('bamboohr'), company: slug, ...common });
export const oracleParams = z.object({
  type: z.literal('oracle'),
  host: hostName('eeho.fa.us2.oraclecloud.com'),
  /** The career site's number, such as CX_1 (in its URL: /hcmUI/CandidateExperience/en/sites/CX_1). */
  site: slug,
  ...common,
});
export const ukgParams = z.object({
  type: z.literal('ukg'),
  /** The tenant code in the board's URL: recruiting.ultipro.com/{tenant}/JobBoard/{boardId}. */
  tenant: slug,
  boardId: slug,
  ...common,
});
export const icimsParams = z.object({
  type: z.literal('icims'),
  host: hostName('careers-acme.icims.com'),
  ...common,
});
export const personioParams = z.object({ type: z.literal('personio'), company: slug, ...common });
export const teamtailorParams = z.object({ type: z.literal('teamtailor'), company: slug, ...common });
export const ripplingParams = z.object({ type: z.literal('rippling'), board: slug, ...common });

export const sourceConfigSchema = z.discriminatedUnion('type', [
  greenhouseParams,
  leverParams,
  ashbyParams,
  smartRecruitersParams,
  workdayParams,
  usajobsParams,
  neogovParams,
  jsonldParams,
  recruiteeParams,
  workableParams,
  bamboohrParams,
  oracleParams,
  ukgParams,
  icimsParams,
  personioParams,
  teamtailorParams,
  ripplingParams,
]);
export type SourceConfig = z.infer<typeof sourceConfigSchema>;
export type SourceConfigOf<T extends SourceType> = Extract<SourceConfig, { type: T }>;

export const sourcesFileSchema = z
  .object({ sources: z.array(sourceConfigSchema) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sources.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate source id "${s.id}"`,
          path: ['sources', i, 'id'],
        });
      seen.add(s.id);
    });
  });
