import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../api/auth/totp';
import { runCli } from '../../cli/run-cli';
import { runAxe } from '../helpers/axe';
import { launchChromium, screenshot, watchForErrors } from '../helpers/browser';
import type { RunningOfframp } from '../helpers/start-offramp';
import { startOfframp } from '../helpers/start-offramp';

/** Reads the demo's printed credentials, as a person trying the demo would. */
function credentials(lines: string[]) {
  const text = lines.join('\n');
  const adviser = /Adviser\s+(\S+)\s+password (\S+)/.exec(text);
  const admin = /Admin\s+(\S+)\s+password (\S+)/.exec(text);
  const codes = text.match(/\b[A-Z0-9]{5}-[A-Z0-9]{5}\b/g) ?? [];
  if (!adviser?.[2] || !admin?.[2] || codes.length < 2) throw new Error(`no demo credentials in:\n${text}`);
  return {
    adviser: { email: adviser[1] ?? '', password: adviser[2] },
    admin: { email: admin[1] ?? '', password: admin[2], recoveryCodes: codes },
  };
}

const serious = (violations: Awaited<ReturnType<typeof runAxe>>) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Console errors other than the expected "404" a revoked or wrong link answers with. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 404/.test(e));

async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/workspace`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the adviser workspace in a real browser', () => {
  let server: RunningOfframp;
  let browser: Browser;
  let demo: ReturnType<typeof credentials>;
  let totpPassword = '';

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'offramp-e2e-workspace-'));
    const printed: string[] = [];
    const code = await runCli(
      ['demo', '--no-serve'],
      { OFFRAMP_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      { stdout: (line) => printed.push(line), stderr: () => {} },
    );
    if (code !== 0) throw new Error('the demo crawl failed');
    demo = credentials(printed);
    // A separate account for the authenticator test, so no test changes another's sign-in.
    const made: string[] = [];
    await runCli(
      ['adviser', 'create', '--email', 'totp@example.org', '--json'],
      { OFFRAMP_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      { stdout: (line) => made.push(line), stderr: () => {} },
    );
    totpPassword = (JSON.parse(made.join('')) as { password: string }).password;
    server = await startOfframp({ OFFRAMP_DATA_DIR: dataDir, CRAWL_INTERVAL_HOURS: '0' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes a seeker request through to a shared, then revoked, shortlist', async () => {
    // 1. A seeker asks for help, with no account and no name.
    const seeker = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const seekerPage = await seeker.newPage();
    const seekerErrors = watchForErrors(seekerPage);
    await seekerPage.goto(`${server.baseUrl}/advisers`);
    await seekerPage.getByLabel('I was a…').selectOption('criminal-investigator');
    await seekerPage
      .getByLabel('What you are looking for')
      .fill('Fraud investigations at a bank, e2e seeker');
    await seekerPage.getByLabel('How an adviser can reach you').fill('Signal: +1 555 0177');
    await seekerPage.getByRole('button', { name: 'Send my request' }).click();
    const receipt = (await seekerPage.locator('.receipt__code').textContent()) ?? '';
    expect(receipt).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await seekerPage.getByRole('button', { name: 'Check status' }).click();
    await expect
      .poll(() => seekerPage.locator('.status-line').textContent())
      .toContain('waiting for an adviser');

    // 2. The adviser signs in and takes that request.
    const adviser = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await adviser.newPage();
    const errors = watchForErrors(page);
    await signIn(page, server.baseUrl, demo.adviser.email, demo.adviser.password);
    const tile = page.locator('.tile', { hasText: 'e2e seeker' });
    await tile.getByRole('button', { name: 'Take this request' }).click();
    await page.waitForURL(/\/workspace\/clients\//);
    await expect.poll(() => page.locator('.facts').textContent()).toContain('Signal: +1 555 0177');
    const label = (await page.locator('h1').textContent()) ?? '';
    await screenshot(page, 'workspace-client-1280');

    // 3. Three leads bookmarked from search, each with a note.
    await page.goto(`${server.baseUrl}/?q=investigator`);
    const cards = page.locator('article.card');
    await cards.first().waitFor();
    const titles: string[] = [];
    for (let i = 0; i < 3; i++) {
      const card = cards.nth(i);
      titles.push(((await card.locator('.card__title').textContent()) ?? '').trim());
      await card.getByRole('button', { name: 'Save for a client' }).click();
      await card.getByLabel('Client', { exact: true }).selectOption({ label });
      await card.getByLabel('Note for the client').fill(`Note ${i + 1} for you`);
      await card.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => card.locator('.status-line').textContent()).toContain(`Saved for ${label}`);
    }

    // 4. A share link for the client.
    await page.goto(`${server.baseUrl}/workspace`);
    await page.getByRole('link', { name: label }).click();
    await expect.poll(() => page.locator('.bookmark').count()).toBe(3);
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(/\/shared\/[\w-]{43}$/);
    await screenshot(page, 'workspace-shortlist-1280');

    // 5. The link shows the shortlist and nothing else.
    const client = await browser.newContext();
    const shared = await client.newPage();
    const sharedErrors = watchForErrors(shared);
    await shared.goto(link);
    await expect.poll(() => shared.locator('.shortlist .tile').count()).toBe(3);
    const sharedText = (await shared.locator('main').textContent()) ?? '';
    for (const title of titles) expect(sharedText).toContain(title);
    expect(sharedText).toContain('Note 1 for you');
    expect(sharedText).not.toContain(demo.adviser.email);
    expect(sharedText).not.toContain('Signal');
    expect(sharedText).not.toContain(label);
    expect(serious(await runAxe(shared))).toEqual([]);
    await screenshot(shared, 'shared-shortlist');

    // 6. Revoked, the link shows nothing.
    await page.getByRole('button', { name: /^Revoke link/ }).click();
    await expect.poll(() => page.locator('table').textContent()).toContain('Revoked');
    await shared.reload();
    await expect.poll(() => shared.locator('h1').textContent()).toBe('This link does not work');
    expect(await shared.locator('.shortlist').count()).toBe(0);

    // The seeker's request now reads as taken.
    await seekerPage.getByRole('button', { name: 'Check status' }).click();
    await expect
      .poll(() => seekerPage.locator('.status-line').textContent())
      .toContain('has taken your request');

    expect(unexpected(errors)).toEqual([]);
    expect(unexpected(seekerErrors)).toEqual([]);
    expect(unexpected(sharedErrors)).toEqual([]);
    const log = server.logLines.join('\n');
    for (const secret of ['555 0177', 'Note 1 for you', receipt, link.split('/').at(-1) ?? '']) {
      expect(log).not.toContain(secret);
    }
    await Promise.all([seeker.close(), adviser.close(), client.close()]);
  });

  it('lets an admin in with a recovery code and shows the admin pages without accessibility faults', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, server.baseUrl, demo.admin.email, demo.admin.password);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(demo.admin.recoveryCodes[1] ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Admin' }).click();
    await expect.poll(() => page.locator('table').first().textContent()).toContain('Greenhouse');
    expect(serious(await runAxe(page))).toEqual([]);
    await screenshot(page, 'admin-sources-1280');
    for (const [tab, text] of [
      ['Exclusions', 'employer-ice'],
      ['Advisers', demo.adviser.email],
      ['Curation', 'Nothing curated yet'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: tab }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain(text);
      expect(serious(await runAxe(page)), tab).toEqual([]);
    }
    await page.getByRole('link', { name: 'Account' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('recovery codes left');
    expect(serious(await runAxe(page))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets up an authenticator app from the account page, and then asks for its code at sign-in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, server.baseUrl, 'totp@example.org', totpPassword);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await expect.poll(() => page.getByRole('img', { name: /QR code/ }).count()).toBe(1);
    const key = ((await page.locator('code.secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(serious(await runAxe(page))).toEqual([]);
    await screenshot(page, 'account-authenticator-1280');
    await page.getByLabel('The six-digit code your app shows now').fill(currentTotp(key));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect.poll(() => page.locator('.recovery__codes li').count()).toBe(10);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await signIn(page, server.baseUrl, 'totp@example.org', totpPassword);
    await page.getByLabel(/Six-digit code/).fill(currentTotp(key, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Requests and clients');
    expect(unexpected(errors).filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
  });

  it('shows seekers the request form on a phone without accessibility faults', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/advisers`);
    await page.getByRole('button', { name: 'Send my request' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(serious(await runAxe(page))).toEqual([]);
    await screenshot(page, 'intake-360');
    await context.close();
  });
});
