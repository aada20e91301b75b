import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../helpers/app-in-browser';
import { runAxe } from '../helpers/axe';
import { screenshot, watchForErrors } from '../helpers/browser';

describe('the resume builder in a real browser', () => {
  const app = appInBrowser();

  it('builds a resume, reviews the changes, and downloads a DOCX without sending the resume anywhere', async () => {
    const context = await app.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1400, height: 1000 },
    });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const sent: string[] = [];
    page.on('request', (req) => {
      if (req.method() !== 'GET') sent.push(`${req.method()} ${req.url()}`);
    });
    await page.goto(`${app.server.baseUrl}/resume`);
    await page.getByLabel('Headline').fill('Deportation Officer');
    await page.getByLabel('Agency or employer').fill('U.S. Immigration and Customs Enforcement');
    await page.getByLabel('Title', { exact: true }).fill('Deportation Officer');
    await page.getByRole('button', { name: 'Add a duty or result' }).click();
    await page.locator('#f-work-0-highlights-0').fill('Apprehended 340 aliens with zero complaints.');
    await page.getByRole('button', { name: 'Add a duty or result' }).click();
    await page.locator('#f-work-0-highlights-1').fill('Processed 2,150 I-213s in EARM.');

    const change = page.locator('.change', { hasText: 'noncitizens' });
    await change.waitFor();
    await expect.poll(() => page.locator('.preview').textContent()).toContain('Apprehended 340 noncitizens');
    // Reverting a change puts the original words back in the preview.
    await change.getByRole('checkbox').uncheck();
    await expect.poll(() => page.locator('.preview').textContent()).toContain('Apprehended 340 aliens');
    await change.getByRole('checkbox').check();
    await screenshot(page, 'resume-1400');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download DOCX' }).click(),
    ]);
    const path = await download.path();
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Apprehended 340 noncitizens');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);

    expect(sent).toEqual([]);
    // Words only the resume holds; a bare number could match a log timestamp.
    const log = app.server.logLines.join('\n');
    for (const word of ['Apprehended', 'aliens', 'I-213', 'EARM', 'Deportation']) {
      expect(log).not.toContain(word);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the draft in this browser until "Delete everything"', async () => {
    const context = await app.browser.newContext();
    // The first-visit notice covers the footer; a returning seeker has dismissed it.
    await context.addInitScript(() => localStorage.setItem('offramp.notice-seen', '1'));
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}/resume`);
    await page.getByLabel('Headline').fill('Border Patrol Agent');
    await page.reload();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Border Patrol Agent');
    // One delete control on the page (the site-wide one), one confirmation, then one message.
    expect(await page.getByRole('button', { name: /delete everything/i }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.waitForURL(`${app.server.baseUrl}/`);
    const message = page.getByRole('status').filter({ hasText: 'Everything Offramp kept on this device' });
    await message.waitFor();
    expect(await message.textContent()).toBe(
      'Everything Offramp kept on this device has been deleted: saved jobs, resume drafts and their decisions, and settings.',
    );
    await page.goto(`${app.server.baseUrl}/resume`);
    expect(await page.getByLabel('Headline').inputValue()).toBe('');
    // Said once: the next page does not repeat it.
    expect(await page.getByText('has been deleted').count()).toBe(0);
    await context.close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.baseUrl}/resume`);
    await page.getByLabel('Headline').fill('CBP Officer');
    await page.locator('.change').first().waitFor();
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
    await page.close();
  });
});
