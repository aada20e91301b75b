import { useEffect, useState } from 'react';
import { api } from './api-client';

export type ServiceStatus =
  | { state: 'loading' }
  | { state: 'ok'; engine: string }
  | { state: 'down'; message: string };

/** Asks /api/health once, so pages can say plainly when the service cannot answer. */
export function useServiceStatus(): ServiceStatus {
  const [status, setStatus] = useState<ServiceStatus>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    api.health
      .$get(undefined, { init: { signal: controller.signal } })
      .then(async (res) => {
        if (res.ok) {
          const body = await res.json();
          setStatus({ state: 'ok', engine: body.search.engine });
        } else {
          setStatus({
            state: 'down',
            message: 'Offramp is running, but its store or search engine is not ready.',
          });
        }
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus({ state: 'down', message: `Offramp could not be reached (${String(error)}).` });
      });
    return () => controller.abort();
  }, []);
  return status;
}
