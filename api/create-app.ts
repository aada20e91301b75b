import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { RequestIdVariables } from 'hono/request-id';
import type { Config } from '../core/config';
import type { GrammarChecker } from '../core/resume/grammar/harper-checker';
import type { SearchEngine } from '../search/search-engine';
import type { Store } from '../store/open-store';
import type { AdminActions } from './admin-actions';
import { onDemandAdminActions } from './admin-actions';
import { apiError, errorBody } from './api-error';
import type { DataCipher } from './auth/data-cipher';
import { LoginLimiter } from './auth/login-limiter';
import { compressResponses } from './compress-responses';
import { firstResults } from './first-results';
import type { Logger } from './logger';
import { accessLog } from './middleware/access-log';
import { inFlightLimit } from './middleware/in-flight-limit';
import { noStore } from './middleware/no-store';
import { rateLimit } from './middleware/rate-limit';
import { requestIds } from './middleware/request-id';
import { routeBodyLimit } from './middleware/route-body-limit';
import { securityHeaders } from './middleware/security-headers';
import { docsPage } from './openapi/docs-page';
import { openApiDocument } from './openapi/openapi-document';
import { adminRoutes } from './routes/admin/index';
import { adviserRoutes } from './routes/advisers';
import { authRoutes } from './routes/auth';
import { cspReportRoutes } from './routes/csp-report';
import { draftRoutes } from './routes/drafts';
import { feedRoutes } from './routes/feeds';
import { healthRoutes } from './routes/health';
import { intakeRoutes } from './routes/intake';
import { inviteRoutes } from './routes/invites';
import { facetsRoutes, leadsRoutes } from './routes/leads';
import { renderInProcess, resumeRoutes } from './routes/resume';
import { secondFactorRoutes } from './routes/second-factor';
import { shareRoutes } from './routes/share';
import { SearchCache } from './search-cache';
import { webAssets } from './web-assets';
import { RenderPool } from './workers/render-pool';

export interface AppDeps {
  config: Config;
  db: Store;
  search: SearchEngine;
  logger: Logger;
  /** Encrypts what seekers and advisers write before it is stored. */
  cipher: DataCipher;
  /**
   * Crawls and rescoring that admins start from the API. Serving passes the scheduler's; without
   * one, crawls asked for run in this process without a schedule.
   */
  admin?: AdminActions;
  /** Folder with the built web app; omitted in API-only tests. */
  webRoot?: string;
  /** Worker threads for DOCX and PDF exports; one is made on first use when omitted. */
  renderPool?: RenderPool;
  /** The resume translation's grammar checker (serving passes its thread pool); in-process when omitted. */
  grammar?: GrammarChecker;
}

/** A resume is a few kB of JSON; 256 kB allows a very long one, far below BODY_LIMIT_BYTES. */
export const RESUME_MAX_BYTES = 256 * 1024;

/** The API routes alone, chained so that `hc<AppType>` in the web app knows every route's types. */
function apiRoutes(given: AppDeps) {
  const deps: AppDeps & { admin: AdminActions } = {
    ...given,
    admin: given.admin ?? onDemandAdminActions(given),
  };
  const pool = given.renderPool ?? new RenderPool();
  const cache = new SearchCache(deps.db, deps.search);
  const trustProxy = deps.config.TRUST_PROXY;
  return (
    new Hono()
      .route('/health', healthRoutes(deps.db, deps.search))
      .route('/csp-report', cspReportRoutes(deps.logger, { trustProxy: deps.config.TRUST_PROXY }))
      .route('/leads', leadsRoutes(deps.db, cache))
      .route('/facets', facetsRoutes(cache))
      .route('/feeds', feedRoutes(deps.db, deps.search, trustProxy))
      // Anonymous and CPU-heavy: capped, rate-limited per client, and rendered on worker threads.
      .use(
        '/resume/*',
        rateLimit({
          limit: 30,
          windowMs: 60_000,
          trustProxy,
          message: 'Too many resume requests from this address',
        }),
      )
      .use('/resume/*', routeBodyLimit(RESUME_MAX_BYTES, 'A resume'))
      .use('/resume/render', inFlightLimit({ limit: 2, trustProxy, what: 'resume exports' }))
      .route(
        '/resume',
        resumeRoutes(
          (format, request) =>
            format === 'docx' || format === 'pdf'
              ? pool.render(format, request)
              : renderInProcess(format, request),
          given.grammar,
        ),
      )
      .route(
        '/auth',
        authRoutes(
          deps.db,
          deps.config,
          new LoginLimiter(5, 15 * 60_000, Date.now, { client: 20 }),
          deps.cipher,
        ),
      )
      .route('/auth/second-factor', secondFactorRoutes(deps.db, deps.config, deps.cipher))
      .route('/intake', intakeRoutes(deps.db, deps.cipher, { trustProxy: deps.config.TRUST_PROXY }))
      .route('/drafts', draftRoutes(deps.db, deps.cipher, { trustProxy: deps.config.TRUST_PROXY }))
      .route('/advisers', adviserRoutes(deps.db, deps.config, deps.cipher))
      .route('/share', shareRoutes(deps.db, deps.cipher))
      .route('/invites', inviteRoutes(deps.db, deps.config))
      .route('/admin', adminRoutes(deps))
  );
}

export type AppType = ReturnType<typeof apiRoutes>;

export function createApp(deps: AppDeps) {
  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use('*', requestIds());
  app.use('*', accessLog(deps.logger));
  app.use('*', securityHeaders());
  // JSON, the Atom feed and the HTML shell over 1 KB go out brotli- or gzip-compressed.
  app.use('*', compressResponses());
  app.use('/api/*', noStore());
  // Refuses cross-site form posts by their Origin (https://hono.dev/docs/middleware/builtin/csrf);
  // signed-in routes also require the session's CSRF token.
  app.use('/api/*', csrf());
  // Every path, not only /api: nothing else takes a body, so a large one is refused unread.
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.config.BODY_LIMIT_BYTES,
      onError: () => {
        throw apiError(
          413,
          'payload_too_large',
          `The request body is larger than the ${deps.config.BODY_LIMIT_BYTES} bytes allowed`,
        );
      },
    }),
  );
  const api = apiRoutes(deps);
  // The description is generated once, on first request, from the routes' own validators.
  let spec: ReturnType<typeof openApiDocument> | undefined;
  const described = () => {
    spec ??= openApiDocument(new Hono().route('/api', api));
    return spec;
  };
  app.get('/api/openapi.json', async (c) => c.json(await described(), 200));
  app.get('/api/docs', async (c) => c.html(docsPage(await described()), 200));
  app.route('/api', api);
  app.all('/api/*', () => {
    throw apiError(404, 'not_found', 'No such API route');
  });
  if (deps.webRoot) {
    const { search } = deps;
    app.route(
      '/',
      webAssets(deps.webRoot, {
        firstResults: (params) => firstResults(search, params),
      }),
    );
  }

  app.notFound((c) => c.json(errorBody(apiError(404, 'not_found', 'Not found')), 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      if (error.status >= 500) deps.logger.error({ reqId: c.get('requestId'), err: error }, 'request error');
      return c.json(errorBody(error), error.status);
    }
    deps.logger.error({ reqId: c.get('requestId'), err: error }, 'unhandled error');
    return c.json(
      {
        error: {
          code: 'internal',
          message: `Something went wrong on our side. If it keeps happening, quote request ${c.get('requestId')}.`,
        },
      },
      500,
    );
  });
  return app;
}
