import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import type { RunningOfframp } from './start-offramp';
import { startOfframp } from './start-offramp';

export interface AppInBrowser {
  readonly server: RunningOfframp;
  readonly browser: Browser;
}

/**
 * A fresh app and one chromium for the describe block that calls this: started before its first
 * test and stopped after its last, so each browser test file keeps its own store.
 */
export function appInBrowser(env: Record<string, string> = {}): AppInBrowser {
  let server: RunningOfframp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startOfframp(env);
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
