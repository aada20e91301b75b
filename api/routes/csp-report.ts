import { Hono } from 'hono';
import { z } from 'zod';
import { logSafe } from '../../core/log-safe';
import { apiError } from '../api-error';
import type { Logger } from '../logger';
import { fieldErrors } from '../validate';

/** The two shapes browsers send: `report-uri` (CSP2) and the Reporting API used by `report-to`. */
const legacyReport = z.object({
  'csp-report': z.object({
    'violated-directive': z.string().optional(),
    'effective-directive': z.string().optional(),
    'blocked-uri': z.string().optional(),
  }),
});
const reportingApi = z.array(
  z.object({
    type: z.string(),
    body: z.object({ effectiveDirective: z.string().optional(), blockedURL: z.string().optional() }),
  }),
);

/** Only the origin of what was blocked is logged: a full URL could carry a search or an id. */
function originOf(value: string | undefined): string {
  if (!value) return 'unknown';
  return URL.canParse(value) ? new URL(value).origin : value.slice(0, 20);
}

export const cspReportRoutes = (logger: Logger) =>
  new Hono().post('/', async (c) => {
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
      logger.warn(
        { directive: logSafe(report.directive ?? 'unknown'), blocked: logSafe(originOf(report.blocked)) },
        'content security policy violation',
      );
    }
    return c.json({ received: reports.length }, 202);
  });
