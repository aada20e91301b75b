import type { Logger } from '../../api/logger';
import { openRuntime } from '../../cli/open-context';
import { serveUntilStopped } from '../../cli/serve-app';
import type { Config } from '../../core/config';

export interface ServedInProcess {
  /** `http://127.0.0.1:PORT`, once serve has said it is running. */
  base: string;
  /** Stops serving, as SIGTERM would, and closes the store. */
  stop(): Promise<void>;
}

/**
 * Runs `offramp serve` (serveUntilStopped, its search threads included) in this process on a free
 * loopback port, with scheduled crawls off, and resolves once it prints its address.
 */
export async function serveInProcess(config: Config, logger: Logger): Promise<ServedInProcess> {
  const runtime = openRuntime(config, logger);
  let end = () => {};
  let say = (_line: string) => {};
  const address = new Promise<string>((resolve) => {
    say = (line) => resolve(/running at (http:\/\/[^/\s]+)\//.exec(line)?.[1] ?? '');
  });
  const served = serveUntilStopped({
    config,
    logger,
    runtime,
    host: '127.0.0.1',
    port: 0,
    secret: () => undefined,
    say: (line) => say(line),
    scheduleCrawls: false,
    until: new Promise<void>((resolve) => {
      end = resolve;
    }),
  });
  const base = await Promise.race([
    address,
    served.then(() => {
      throw new Error('serve stopped before it said where it was running');
    }),
  ]);
  return {
    base,
    stop: async () => {
      end();
      await served;
      await runtime.close();
    },
  };
}
