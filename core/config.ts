import { z } from 'zod';
import { privateHostsSetting } from './private-hosts';

/**
 * Every environment variable Offramp reads, parsed once. The CLI entry point is the only place that
 * touches `process.env`; everything else receives a typed `Config`.
 */

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['', '0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'].includes(v), {
    message: 'must be one of true/false, 1/0, yes/no, on/off',
  })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `must be a whole number between ${min} and ${max}` })
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const decimal = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { message: `must be a number between ${min} and ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), {
    message: 'must be an absolute http(s) URL',
  });

/** 32 random bytes, base64 or hex: the AES-256-GCM key for data encrypted at rest. */
const dataKey = z
  .string()
  .trim()
  .refine((v) => decodeKey(v) !== null, {
    message: 'must be 32 bytes written as 64 hex characters or base64 (e.g. `openssl rand -base64 32`)',
  });

export function decodeKey(text: string): Buffer | null {
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text, 'base64');
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: integer(0, 65535).default(8080),
  OFFRAMP_DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  MEILI_URL: httpUrl.optional(),
  MEILI_KEY: z.string().trim().min(1, 'must not be empty when set').optional(),
  /** A search-only Meilisearch key for queries; without it the engine finds or creates one. */
  MEILI_SEARCH_KEY: z.string().trim().min(1, 'must not be empty when set').optional(),
  MEILI_INDEX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be letters, digits, - or _')
    .default('offramp-leads'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATA_KEY: dataKey.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Development only: lets crawls and user-added sources reach loopback and private networks, all
   * of them (`true`) or only the listed `host` / `host:port` sites (see core/private-hosts.ts).
   */
  ALLOW_PRIVATE_HOSTS: privateHostsSetting.default(false),
  CRAWL_USER_AGENT: z
    .string()
    .trim()
    .min(3, 'must name the crawler')
    .refine((v) => !/[\r\n]/.test(v), 'must be a single line')
    .default('OfframpBot/0.1'),
  CRAWL_CONTACT_URL: httpUrl.default('https://github.com/offramp-jobs/offramp#crawler'),
  /** Requests per second per host; 0 lifts the limit (loopback tests and benchmarks). */
  CRAWL_RATE_LIMIT: decimal(0, 1000).default(1),
  /** Requests on the wire at once across a whole run; each host still keeps its own pace. */
  CRAWL_CONCURRENCY: integer(1, 256).default(8),
  /** The email registered with the USAJOBS API key; catalogue USAJOBS entries send it as User-Agent. */
  USAJOBS_USER_AGENT_EMAIL: z.email().optional(),
  /** A recrawl reads a posting's detail again when the stored one is older than this. */
  CRAWL_DETAIL_MAX_AGE_DAYS: decimal(0, 365).default(7),
  CRAWL_INTERVAL_HOURS: decimal(0, 24 * 30).default(6),
  /** Largest response a crawl accepts, in bytes. */
  CRAWL_MAX_RESPONSE_BYTES: integer(1024, 1024 * 1024 * 1024).default(10 * 1024 * 1024),
  CRAWL_TIMEOUT_SECONDS: decimal(1, 600).default(30),
  /** Debian's chromium, used for pages that need JavaScript (never a downloaded browser). */
  CHROMIUM_PATH: z.string().trim().min(1).default('/usr/bin/chromium'),
  BODY_LIMIT_BYTES: integer(1024, 100 * 1024 * 1024).default(1024 * 1024),
  /** Adviser sessions end after this much inactivity, and in any case after SESSION_MAX_HOURS. */
  SESSION_IDLE_MINUTES: integer(1, 24 * 60).default(30),
  SESSION_MAX_HOURS: integer(1, 24 * 30).default(12),
  /** Unclaimed intake requests are deleted after this many days. */
  INTAKE_RETENTION_DAYS: integer(1, 365).default(30),
  /** Entries on a client's activity timeline are deleted after this many days. */
  TIMELINE_RETENTION_DAYS: integer(1, 3650).default(365),
  /** How many active clients one adviser may hold. */
  ADVISER_CAPACITY: integer(1, 500).default(10),
  /** Set when a TLS-terminating proxy sits in front, so cookies get the Secure attribute. */
  TRUST_PROXY: flag.default(false),
  /**
   * Worker threads that answer searches for `serve`; 0 answers them on the main thread. Unset:
   * one per core, up to 4.
   */
  SEARCH_WORKERS: integer(0, 32).optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment is unusable; the process should print the message and exit. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}\n` +
        'Fix the variable(s) above and start again.',
    );
  }
}

const SECRET_VARIABLES = new Set(['MEILI_KEY', 'MEILI_SEARCH_KEY', 'SESSION_SECRET', 'DATA_KEY']);

export function parseConfig(env: Record<string, string | undefined>): Config {
  const known = Object.keys(configSchema.shape);
  // An empty variable means "unset", as in most shells' `VAR= cmd` idiom.
  const input = Object.fromEntries(
    known.map((k) => [k, env[k] === '' ? undefined : env[k]]).filter(([, v]) => v !== undefined),
  );
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      const got = SECRET_VARIABLES.has(variable) ? '' : ` (got ${JSON.stringify(input[variable])})`;
      return { variable, message: `${issue.message}${got}` };
    }),
  );
}
