import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../helpers/app-in-browser';
import { runAxe } from '../helpers/axe';
import { screenshot, watchForErrors } from '../helpers/browser';

const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
const count = async (page: Page) =>
  Number((await page.locator('#results-heading').textContent())?.split(' ')[0]);
const titles = (page: Page) => page.locator('.card__title a').allTextContents();
/** Every axe-core violation, whatever its impact: the budget is an accessibility score of 1.0. */
const violations = async (page: Page) => (await runAxe(page)).map((v) => `${v.id}: ${v.help}`);

describe('a seeker on a 360 px phone', () => {
  const app = appInBrowser({ withDemoData: true });

  /** A phone that has seen the first-visit notice already. */
  async function phone(): Promise<Page> {
    const context = await app.browser.newContext({
      ...PHONE,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await context.addInitScript(() => localStorage.setItem('offramp.notice-seen', '1'));
    return context.newPage();
  }

  it('shows results first, then background, the filter sheet, pay and remote+hybrid', async () => {
    const context = await app.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(app.server.baseUrl);
    const notice = page.getByRole('region', { name: 'Before you start' });
    await expect
      .poll(() => notice.textContent())
      .toContain('If you might be on a government or monitored device, stop now and use a personal one.');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I understand' }).click();
    expect(await notice.count()).toBe(0);

    // The first result card starts within the first screen, below the search box.
    const box = await page.getByLabel('Job title, skill or employer').boundingBox();
    const card = await page.locator('.card').first().boundingBox();
    expect(card && box && card.y > box.y && card.y < 780).toBe(true);
    const all = await count(page);

    await page
      .getByLabel('I was a')
      .selectOption({ label: 'criminal investigator or special agent (e.g. HSI, GS-1811)' });
    await page.getByRole('button', { name: /^Ranked for: criminal investigator/ }).waitFor();

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await sheet.waitFor();
    expect(await violations(page)).toEqual([]);
    await sheet.getByRole('checkbox', { name: /^Remote/ }).click();
    await sheet.getByRole('checkbox', { name: /^Hybrid/ }).click();
    // The last pick's search is held back, as on a slow network, until the sheet has been read.
    const lastSearch = (url: URL) => url.pathname === '/api/leads' && url.searchParams.has('minSalary');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(lastSearch, async (route) => {
      await held;
      await route.continue();
    });
    const lastAnswer = page.waitForResponse((r) => lastSearch(new URL(r.url())));
    await sheet.getByLabel(/At least/).selectOption('60000');
    await page.waitForURL(/minSalary=60000/);
    expect(new URL(page.url()).searchParams.get('remote')).toBe('remote,hybrid');
    // Each pick runs its own search. Until the last one answers, the sheet says it is counting: a
    // count left from the search before the last pick would promise what "Show" does not show.
    // The answer is held, so only the page's own render can end the wait.
    const show = sheet.locator('.filter-sheet__show');
    await expect.poll(() => sheet.locator('.filter-sheet__count').textContent()).toBe('Counting jobs…');
    expect(await show.textContent()).toBe('Show jobs');
    release();
    await lastAnswer;
    await expect.poll(() => show.textContent()).toMatch(/^Show \d+ jobs?$/);
    const shown = Number((await show.textContent())?.split(' ')[1]);
    expect(shown).toBeLessThan(all);
    expect(shown).toBeGreaterThan(0);
    expect(await sheet.locator('.filter-sheet__count').textContent()).toBe(`${shown} jobs`);
    await screenshot(page, 'phone-filter-sheet-360');
    await show.click();
    await sheet.waitFor({ state: 'hidden' });

    // The results behind the sheet are the ones its button promised.
    expect(await count(page)).toBe(shown);
    await page.getByRole('button', { name: 'Filters (3)' }).waitFor();
    const chips = await page
      .getByRole('list', { name: 'Active filters' })
      .getByRole('button')
      .allTextContents();
    expect(chips.map((c) => c.replace(/\s*×\s*\(remove\)$/, ''))).toEqual([
      'Ranked for: criminal investigator or special agent (e.g. HSI, GS-1811)',
      'Where: Remote',
      'Where: Hybrid',
      'Pay at least $60,000 a year',
      'Clear all filters',
    ]);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'phone-results-filtered-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes back from a lead to the same scroll position and focus, by Back and by the link', async () => {
    const page = await phone();
    await page.goto(`${app.server.baseUrl}/?q=analyst`);
    const links = page.locator('.card__title a');
    await links.nth(5).waitFor();
    for (const back of ['browser', 'link'] as const) {
      await links.nth(5).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 40));
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(scrolled).toBeGreaterThan(780);
      const title = (await links.nth(5).textContent()) ?? '';
      await links.nth(5).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      if (back === 'browser') await page.goBack();
      else await page.getByRole('link', { name: '← Back to results' }).click();
      await links.nth(5).waitFor();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
    }
    await page.context().close();
  });

  it('shares the whole search as a link that shows the same results elsewhere', async () => {
    const page = await phone();
    await page.goto(`${app.server.baseUrl}/?q=investigator&sort=newest&fitFloor=off`);
    await page.locator('.card__title a').first().waitFor();
    await page
      .getByLabel('I was a')
      .selectOption({ label: 'criminal investigator or special agent (e.g. HSI, GS-1811)' });
    await page.getByRole('button', { name: 'Share this search' }).click();
    await page.getByText('Link copied.').waitFor();
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(plain).searchParams.has('background')).toBe(false);
    await page.getByLabel('Include my background').check();
    await page.getByRole('button', { name: 'Share this search' }).click();
    const withBackground = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(withBackground).searchParams.get('background')).toBe('criminal-investigator');
    const expected = await titles(page);

    const fresh = await phone();
    await fresh.goto(withBackground);
    await fresh.locator('.card__title a').first().waitFor();
    expect(await titles(fresh)).toEqual(expected);
    await fresh.context().close();
    await page.context().close();
  });

  it('keeps a saved job through a reload, lists it on Saved, and deletes everything on request', async () => {
    const page = await phone();
    await page.goto(`${app.server.baseUrl}/?q=fraud`);
    const first = page.locator('.card').first();
    const title = (await first.locator('.card__title a').textContent()) ?? '';
    await first.getByRole('button', { name: `Save ${title}` }).click();
    await page.reload();
    expect(
      await page
        .locator('.card')
        .first()
        .getByRole('button', { name: `Saved ${title}` })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('link', { name: 'Saved', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved jobs' }).waitFor();
    expect(await titles(page)).toEqual([title]);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.waitForURL(`${app.server.baseUrl}/`);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('offramp.'))),
    ).toEqual([
      // The test's own init script sets the notice flag again on the fresh load.
      'offramp.notice-seen',
    ]);
    await page.goto(`${app.server.baseUrl}/saved`);
    await page.getByText('Nothing saved yet').waitFor();
    await page.context().close();
  });

  it('deletes a resume draft with the site-wide control from the resume page, after one confirmation', async () => {
    const page = await phone();
    await page.goto(`${app.server.baseUrl}/resume`);
    await page.getByLabel('Headline').fill('Border Patrol Agent');
    await page.reload();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Border Patrol Agent');
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'Keep them' }).click();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Border Patrol Agent');
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.waitForURL(`${app.server.baseUrl}/`);
    await page.goto(`${app.server.baseUrl}/resume`);
    expect(await page.getByLabel('Headline').inputValue()).toBe('');
    await page.context().close();
  });

  it('quick exit replaces the history entry, from the button and from Escape three times', async () => {
    for (const how of ['button', 'escape'] as const) {
      const page = await phone();
      await page.route('https://www.bbc.com/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
      );
      await page.goto(`${app.server.baseUrl}/?q=records`);
      await page.locator('.card__title a').first().click();
      await page.getByRole('heading', { name: 'Why it may fit you' }).waitFor();
      const before = await page.evaluate(() => history.length);
      if (how === 'button') await page.getByRole('button', { name: /^Quick exit/ }).click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
      await page.waitForURL('https://www.bbc.com/weather');
      expect(await page.evaluate(() => history.length)).toBe(before);
      await page.context().close();
    }
  });

  it('keeps tab titles neutral unless asked, and drops a filter it does not understand', async () => {
    const page = await phone();
    await page.goto(`${app.server.baseUrl}/?q=fraud&remote=everywhere`);
    await page.getByText('We ignored a filter we did not understand in the link (remote).').waitFor();
    expect(page.url()).toBe(`${app.server.baseUrl}/?q=fraud`);
    await page.locator('.card__title a').first().click();
    await page.getByRole('heading', { name: 'Why it may fit you' }).waitFor();
    expect(await page.title()).toBe('Offramp — job search');
    await page.getByLabel(/Name the page in the browser tab/).check();
    await expect.poll(() => page.title()).toMatch(/ at .* · Offramp$/);
    await page.context().close();
  });

  it('works from the keyboard alone: the filter sheet opens, filters, and closes back to its button', async () => {
    const page = await phone();
    await page.goto(`${app.server.baseUrl}/?q=analyst`);
    await page.locator('.card__title a').first().waitFor();
    const button = page.getByRole('button', { name: 'Filters', exact: true });
    for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await sheet.waitFor();
    const remote = sheet.getByRole('checkbox', { name: /^Remote/ });
    for (let i = 0; i < 20 && !(await remote.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/remote=remote/);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Filters (1)');
    await page.close();
  });
});
