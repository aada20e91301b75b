import { Hono } from 'hono';
import { z } from 'zod';
import { logSafe } from '../../core/log-safe';
import { apiError } from '../api-error';
import type { Logger } from '../logger';
import { rateLimit } from '../middleware/rate-limit';
import { routeBodyLimit } from '../middleware/route-body-limit';
import { cspReportDoc } from '../openapi/lead-docs';
import { fieldErrors } from '../validate';

/** Browsers send one small report per violation; 16 kB leaves room for a long blocked URL. */
export const CSP_REPORT_MAX_BYTES = 16 * 1024;
const LOG_EVERY_MS = 60_000;
/**
 * Distinct reports logged a minute, across all clients. Sixty requests of a hundred made-up blocked
 * origins each were 1,000 lines a minute from one client; beyond this many the rest are only
 * counted, and the next minute begins with one line saying how many went unlogged.
 */
export const CSP_LINES_PER_MINUTE = 20;

/** The two shapes browsers send: `report-uri` (CSP2) and the Reporting API used by `report-to`. */
const legacyReport = z.object({
  'csp-report': z.object({
    'violated-directive': z.string().optional(),
    'effective-directive': z.string().optional(),
    'blocked-uri': z.string().optional(),
  }),
});
const reportingApi = z
  .array(
    z.object({
      type: z.string(),
      body: z.object({ effectiveDirective: z.string().optional(), blockedURL: z.string().optional() }),
    }),
  )
  .max(100);

/** Only the origin of what was blocked is logged: a full URL could carry a search or an id. */
function originOf(value: string | undefined): string {
  if (!value) return 'unknown';
  return URL.canParse(value) ? new URL(value).origin : value.slice(0, 20);
}

/**
 * Identical reports are counted, and each distinct one is logged at most once a minute with how
 * many arrived since its last line: a page stuck in a loop, or a flood, costs one line a minute.
 */
class ReportCounter {
  private readonly seen = new Map<string, { loggedAt: number; count: number }>();
  private minuteStart = Number.NEGATIVE_INFINITY;
  private linesThisMinute = 0;
  private unlogged = 0;
  constructor(
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  record(directive: string, blocked: string): void {
    const now = this.clock();
    if (now - this.minuteStart >= LOG_EVERY_MS) {
      if (this.unlogged > 0)
        this.logger.warn(
          { reports: this.unlogged },
          'content security policy violations not logged: too many distinct reports in a minute',
        );
      this.minuteStart = now;
      this.linesThisMinute = 0;
      this.unlogged = 0;
    }
    const key = `${directive}\n${blocked}`;
    const entry = this.seen.get(key);
    if (entry && now - entry.loggedAt < LOG_EVERY_MS) {
      entry.count++;
      return;
    }
    if (this.linesThisMinute >= CSP_LINES_PER_MINUTE) {
      this.unlogged++;
      return;
    }
    if (this.seen.size > 1000) {
      for (const [k, e] of this.seen) if (now - e.loggedAt >= LOG_EVERY_MS) this.seen.delete(k);
      if (this.seen.size > 1000) return;
    }
    this.logger.warn(
      { directive, blocked, reports: (entry?.count ?? 0) + 1 },
      'content security policy violation',
    );
    this.seen.set(key, { loggedAt: now, count: 0 });
    this.linesThisMinute++;
  }
}

export const cspReportRoutes = (logger: Logger, options: { trustProxy: boolean }) => {
  const counter = new ReportCounter(logger);
  return new Hono().post(
    '/',
    cspReportDoc.describe,
    rateLimit({
      limit: 60,
      windowMs: 60_000,
      trustProxy: options.trustProxy,
      message: 'Too many CSP reports from this address',
    }),
    routeBodyLimit(CSP_REPORT_MAX_BYTES, 'A CSP report'),
    async (c) => {
      const text = await c.req.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw apiError(400, 'malformed_json', 'The request body is not valid JSON');
      }
      const result = Array.isArray(parsed) ? reportingApi.safeParse(parsed) : legacyReport.safeParse(parsed);
      if (!result.success) {
        throw apiError(400, 'invalid_request', 'Not a CSP violation report', {
          fields: fieldErrors(result.error),
        });
      }
      const reports = Array.isArray(result.data)
        ? result.data.map((r) => ({ directive: r.body.effectiveDirective, blocked: r.body.blockedURL }))
        : [
            {
              directive:
                result.data['csp-report']['effective-directive'] ??
                result.data['csp-report']['violated-directive'],
              blocked: result.data['csp-report']['blocked-uri'],
            },
          ];
      for (const report of reports) {
        counter.record(logSafe(report.directive ?? 'unknown'), logSafe(originOf(report.blocked)));
      }
      return cspReportDoc.json(c, { received: reports.length }, 202);
    },
  );
};
