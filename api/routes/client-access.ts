import type { Context } from 'hono';
import type { ClientView } from '../../store/clients-repo';
import { getClient } from '../../store/clients-repo';
import type { Sealer } from '../../store/intake-repo';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import type { SessionVariables } from '../auth/session-middleware';

export const NO_SUCH_CLIENT = 'No such client among yours.';

/**
 * The signed-in adviser's own client, or a 404: another adviser's client is indistinguishable from
 * one that does not exist, on every route that takes a client id.
 */
export function ownClient(
  c: Context<{ Variables: SessionVariables }>,
  db: Store,
  sealer: Sealer,
  clientId: string,
): ClientView {
  const client = getClient(db, sealer, c.get('session').adviser.id, clientId);
  if (!client) throw apiError(404, 'not_found', NO_SUCH_CLIENT);
  return client;
}
