import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../helpers/app-in-browser';
import { watchForErrors } from '../helpers/browser';

describe('the resume page checks every change with the grammar checker in the browser', () => {
  const app = appInBrowser();

  it('loads Harper on the resume page only, says when the check is done, and generalises agency titles on request', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = watchForErrors(page);
    const wasm: string[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname);
    });
    await page.goto(app.server.baseUrl);
    await page.waitForLoadState('networkidle');
    expect(wasm).toEqual([]);

    await page.goto(`${app.server.baseUrl}/resume`);
    await page.getByLabel('Agency or employer').fill('U.S. Border Patrol');
    await page.getByLabel('Title', { exact: true }).fill('Border Patrol Agent');
    await page.getByRole('button', { name: 'Add a duty or result' }).click();
    await page.locator('#f-work-0-highlights-0').fill('Apprehended 340 aliens near the POE.');

    const status = page.getByRole('status').filter({ hasText: 'Grammar check' });
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe('Grammar check: every change reads correctly.');
    expect(wasm.some((p) => /harper_wasm.*\.wasm$/.test(p))).toBe(true);
    await expect
      .poll(() => page.locator('.preview').textContent())
      .toContain('Apprehended 340 noncitizens near the port of entry.');
    await expect
      .poll(() => page.locator('.preview').textContent())
      .toContain('Border Patrol Agent (border security agent)');

    // The title option waits for the agency option, then rewrites the title that names the agency.
    const titles = page.getByLabel(/Also generalise titles that name the agency/);
    expect(await titles.isDisabled()).toBe(true);
    await page.getByLabel(/Describe my agency in general terms/).check();
    await titles.check();
    await expect
      .poll(() => page.locator('.preview').textContent())
      .toContain('Federal border security agent');
    await expect
      .poll(() => page.locator('.preview').textContent())
      .toContain('Federal border security agency');
    expect(await page.locator('.preview').textContent()).not.toContain('Border Patrol');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe('Grammar check: every change reads correctly.');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
