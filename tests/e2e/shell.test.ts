import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe';
import { launchChromium, screenshot, watchForErrors } from '../helpers/browser';
import type { RunningOfframp } from '../helpers/start-offramp';
import { startOfframp } from '../helpers/start-offramp';

const builtIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));

describe('the web shell in a real browser', () => {
  let server: RunningOfframp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web is missing: run `npm run build` (npm test does).');
    server = await startOfframp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads the search page with no console errors or CSP violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchForErrors(page);
    await page.goto(server.baseUrl);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('civilian work');
    await page.getByText('No jobs match yet').waitFor();
    expect(errors).toEqual([]);
    await screenshot(page, 'search-1280');
    await page.close();
  });

  it('navigates between Search, Resume and Advisers from the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);

    // Tab from the skip link through the brand to the "Resume" nav item, then follow it.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text === 'Resume') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.baseUrl}/resume`);
    // Seeker pages keep a neutral tab title unless the seeker turns descriptive titles on.
    await expect.poll(() => page.title()).toBe('Offramp — job search');
    // Focus moves to the new page's content, as a full page load would put it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('link', { name: 'Advisers' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.baseUrl}/advisers`);
    await page.getByRole('heading', { name: /in confidence/ }).waitFor();
    await screenshot(page, 'advisers-1280');
    await page.close();
  });

  it('reloads a client-side route straight from the server (SPA fallback)', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${server.baseUrl}/resume`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { name: /civilian recruiter reads/ }).waitFor();
    await page.close();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const [path, name] of [
      ['/', 'search-360'],
      ['/resume', 'resume-360'],
      ['/advisers', 'advisers-360'],
    ] as const) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    }
    await page.close();
  });

  it('has no serious or critical axe-core violations on the main pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of ['/', '/resume', '/advisers', '/no-such-page']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, `${path}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
    }
    await page.close();
  });

  it('never writes a search term to the server log', async () => {
    const page = await browser.newPage();
    await page.goto(server.baseUrl);
    await page.getByLabel('Job title, skill or employer').fill('deportation officer exit plan');
    await page.waitForURL(/q=deportation/);
    await page.getByText('No jobs match yet').waitFor();
    await page.reload();
    await page.getByText('No jobs match yet').waitFor();
    expect(server.logLines.join('\n')).not.toContain('deportation');
    expect(server.logLines.some((l) => l.includes('"route"'))).toBe(true);
    await page.close();
  });
});
