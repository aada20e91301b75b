import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../helpers/app-in-browser';
import { watchForErrors } from '../helpers/browser';
import { encryptedPdf, scannedPdf, truncatedPdf } from '../resume-import/bad-files';

const IMPORT_LABEL = 'Import a resume (PDF, Word .docx, .txt or JSON Resume)';
const put = (page: Page, name: string, bytes: Uint8Array, mimeType: string) =>
  page.getByLabel(IMPORT_LABEL).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });

describe('the resume builder in the browser, with files it cannot read and with its own export', () => {
  const app = appInBrowser();

  it('says what to do with an encrypted, scanned, damaged or oversized file, and keeps working', async () => {
    const page = await app.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${app.server.baseUrl}/resume`);
    const alert = page.getByRole('alert');
    const cases: [string, Uint8Array, string][] = [
      ['locked.pdf', await encryptedPdf(), 'locked.pdf is protected by a password'],
      ['scan.pdf', await scannedPdf(), 'Paste the text instead'],
      ['cut.pdf', await truncatedPdf(), 'cut.pdf'],
      ['big.pdf', new Uint8Array(10 * 1024 * 1024 + 1), 'the limit is 10 MB'],
    ];
    for (const [name, bytes, words] of cases) {
      await put(page, name, bytes, 'application/pdf');
      await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain(words);
    }
    // The page still takes a resume after four refusals.
    await page
      .getByLabel('Or paste your resume or position description')
      .fill(
        'Dana Cruz\ndana.cruz@example.org\n\nEXPERIENCE\nCBP Officer\nU.S. Customs and Border Protection, 2015 – Present\n• Ran TECS queries on 40 travelers a shift.\n• Ran TECS checks for the port’s secondary lanes.',
      );
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    await expect
      .poll(() => page.locator('#f-basics-name').inputValue(), { timeout: 20_000 })
      .toBe('Dana Cruz');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('groups suggestions by term, accepts and reverts all, and keeps reverts through a JSON export and re-import', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}/resume`);
    await page
      .getByLabel('Or paste your resume or position description')
      .fill(
        'Dana Cruz\ndana.cruz@example.org\n\nEXPERIENCE\nCBP Officer\nU.S. Customs and Border Protection, 2015 – Present\n• Ran TECS queries on 40 travelers a shift.\n• Ran TECS checks for the port’s secondary lanes.',
      );
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    await page.locator('.change').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.change-group h3').allTextContents()).toContain('TECS, 2 places');

    const boxes = page.locator('.change input[type=checkbox]');
    await page.getByRole('button', { name: 'Revert all' }).click();
    await expect
      .poll(() => boxes.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length))
      .toBe(0);
    await page.getByRole('button', { name: 'Accept all' }).click();
    const total = await boxes.count();
    await expect
      .poll(() => boxes.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length))
      .toBe(total);

    // Revert the TECS group only, export JSON Resume, delete the draft, import the file: still reverted.
    for (const box of await page
      .locator('.change-group')
      .filter({ hasText: 'TECS, 2 places' })
      .locator('input[type=checkbox]')
      .all())
      await box.uncheck();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON Resume' }).click(),
    ]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(
      Object.values(json['x-offramp'].decisions).filter((d) => (d as { state: string }).state === 'reverted'),
    ).toHaveLength(2);

    const fresh = await app.browser.newContext();
    const again = await fresh.newPage();
    await again.goto(`${app.server.baseUrl}/resume`);
    await put(again, 'resume.json', readFileSync(await download.path()), 'application/json');
    await again.locator('.change').first().waitFor({ timeout: 20_000 });
    const tecs = again
      .locator('.change-group')
      .filter({ hasText: 'TECS, 2 places' })
      .locator('input[type=checkbox]');
    await expect
      .poll(() => tecs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked)))
      .toEqual([false, false]);
    expect(await again.locator('.preview').textContent()).toContain('TECS');
    await fresh.close();
    await context.close();
  });
});
