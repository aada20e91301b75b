import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { launchChromium } from './browser';
import type { RunningOfframp } from './start-offramp';
import { startOfframp } from './start-offramp';

export interface AppInBrowser {
  readonly server: RunningOfframp;
  readonly browser: Browser;
}

/** Crawls the offline sample employers into a fresh data folder, as `npm run demo` does. */
async function demoDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'offramp-e2e-demo-'));
  const code = await runCli(
    ['demo', '--no-serve'],
    { OFFRAMP_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    { stdout: () => {}, stderr: () => {} },
  );
  if (code !== 0) throw new Error('the demo crawl failed');
  return dataDir;
}

/**
 * A fresh app and one chromium for the describe block that calls this: started before its first
 * test and stopped after its last, so each browser test file keeps its own store. With
 * `withDemoData`, the store first holds the demo crawl of the sample employers.
 */
export function appInBrowser(options: { withDemoData?: boolean } = {}): AppInBrowser {
  let server: RunningOfframp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startOfframp(options.withDemoData ? { OFFRAMP_DATA_DIR: await demoDataDir() } : {});
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the app is not running: use it inside a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('chromium is not running: use it inside a test');
      return browser;
    },
  };
}
