import { Hono } from 'hono';
import type { AdminActions } from '../../admin-actions';
import type { SessionVariables } from '../../auth/session-middleware';
import { requireAdmin, requireSession } from '../../auth/session-middleware';
import type { AppDeps } from '../../create-app';
import { adminAdviserRoutes } from './admin-advisers';
import { adminCurationRoutes } from './admin-curation';
import { adminExclusionRoutes } from './admin-exclusions';
import { adminFitCorrectionRoutes } from './admin-fit-corrections';
import { adminSourceRoutes } from './admin-sources';

/** Everything under /api/admin: a signed-in admin with a second factor, or 401/403. */
export const adminRoutes = (deps: AppDeps & { admin: AdminActions }) =>
  new Hono<{ Variables: SessionVariables }>()
    .use('/*', requireSession(deps.db, deps.config), requireAdmin())
    .route('/', adminAdviserRoutes(deps.db, deps.config, deps.cipher))
    .route('/', adminSourceRoutes(deps.db, deps.config, deps.admin))
    .route('/', adminExclusionRoutes(deps.db, deps.admin))
    .route('/', adminCurationRoutes(deps.db, deps.search))
    .route('/', adminFitCorrectionRoutes(deps.db, deps.search));
