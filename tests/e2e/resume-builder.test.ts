import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfLines } from '../../core/resume/import/pdf-lines';
import { appInBrowser } from '../helpers/app-in-browser';
import { screenshot, watchForErrors } from '../helpers/browser';
import { LABELLED_RESUMES } from '../resume-import/labelled-resumes';
import { LAYOUTS } from '../resume-import/layouts';
import { renderLabelled, renderText } from '../resume-import/render-labelled';

const byId = (id: string) => {
  const item = LABELLED_RESUMES.find((r) => r.id === id);
  if (!item) throw new Error(`no labelled resume ${id}`);
  return item;
};

/** A public posting as GET /api/leads/:id returns it; only its title, company and description are read. */
const LEAD = {
  id: 'lead-trade-1',
  title: 'Trade Compliance Analyst',
  company: 'Harbor Freight Logistics',
  description:
    'Review importer files for C-TPAT and ISF requirements. Requirements: case management, report writing and interviewing. Harbor is an equal opportunity employer.',
};

/** Words only the resume holds: none may leave the browser while it is built. */
const RESUME_WORDS = ['Gutierrez', 'mgutierrez', 'Ysleta', 'Kevin Tran', 'EARM', 'Constable', 'Okafor'];

async function openBuilder(browser: Browser, base: string, options: BrowserContextOptions) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const leaks: string[] = [];
  page.on('request', (req) => {
    const carried = `${req.url()}\n${req.postData() ?? ''}`;
    for (const word of RESUME_WORDS)
      if (carried.includes(word)) leaks.push(`${req.method()} ${req.url()} carries "${word}"`);
  });
  // The lead's public posting, as the API would send it (the only request the builder makes).
  await page.route(`${base}/api/leads/${LEAD.id}`, (route) => route.fulfill({ json: LEAD }));
  return { context, page, leaks, errors: watchForErrors(page) };
}

/** Pastes a labelled resume as plain text into the importer and asks it to read it. */
async function pasteResume(page: Page, id: string): Promise<void> {
  const labelled = byId(id);
  await page
    .getByLabel('Or paste your resume or position description')
    .fill(renderText(LAYOUTS[labelled.layout](labelled.resume)));
  await page.getByRole('button', { name: 'Read the pasted text' }).click();
}

const importFile = (page: Page, name: string, buffer: Uint8Array, mimeType: string) =>
  page
    .getByLabel('Import a resume (PDF, Word .docx, .txt or JSON Resume)')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });

/** Unticks the first n suggestions that replace words in a sentence; returns those words. */
async function revert(page: Page, n: number): Promise<string[]> {
  await page.locator('.change').first().waitFor();
  const changes = page.locator('.change[data-original]:has(del)');
  const originals: string[] = [];
  const count = await changes.count();
  for (let i = 0; i < count && originals.length < n; i++) {
    const change = changes.nth(i);
    const words = (await change.getAttribute('data-original')) ?? '';
    if (words.trim().length < 3) continue;
    originals.push(words);
    await change.getByRole('checkbox').uncheck();
  }
  return originals;
}

const reverted = (page: Page) =>
  page
    .locator('.change')
    .evaluateAll((els) =>
      els
        .filter((el) => !(el.querySelector('input[type=checkbox]') as HTMLInputElement).checked)
        .map((el) => el.getAttribute('data-original') ?? ''),
    );

describe.each([
  ['desktop', { viewport: { width: 1400, height: 1000 } }],
  ['phone', { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
] as const)('the resume builder on a %s', (device, options) => {
  const app = appInBrowser();

  it('imports a PDF, a DOCX and pasted text, keeps three reverts through reload and tailoring, and downloads them', async () => {
    const { context, page, leaks, errors } = await openBuilder(app.browser, app.server.baseUrl, options);
    await page.goto(`${app.server.baseUrl}/resume`);

    // A PDF in the USAJOBS layout: grade fields land in the job's own fields.
    await importFile(
      page,
      'gutierrez.pdf',
      await renderLabelled(byId('cbp-officer-usajobs'), 'pdf'),
      'application/pdf',
    );
    await expect
      .poll(() => page.locator('#f-work-0-position').inputValue(), { timeout: 20_000 })
      .toBe('Customs and Border Protection Officer');
    expect(await page.locator('#f-work-0-x-federal-series').inputValue()).toBe('1895');
    expect(await page.locator('#f-work-0-x-federal-grade').inputValue()).toBe('GS-12');
    expect(await page.locator('#f-basics-email').inputValue()).toBe('mgutierrez.careers@example.com');
    await expect
      .poll(() => page.locator('.status-line').textContent())
      .toContain(device === 'phone' ? 'suggestions below' : 'suggestions on the right');

    // A DOCX in Word's default styles.
    await importFile(
      page,
      'chen.docx',
      await renderLabelled(byId('fletc-instructor-word-default'), 'docx'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await expect
      .poll(() => page.locator('#f-work-1-position').inputValue(), { timeout: 20_000 })
      .toBe('Deportation Officer');
    expect(await page.locator('#f-education-0-institution').inputValue()).toBe('Georgia Southern University');

    // Pasted text, one column.
    await pasteResume(page, 'deportation-officer-one-column');
    await expect
      .poll(() => page.locator('#f-work-0-name').inputValue(), { timeout: 20_000 })
      .toBe('U.S. Immigration and Customs Enforcement');
    expect(await page.locator('#f-basics-name').inputValue()).toBe('Kevin Tran');

    // Fix a field, then revert three suggestions.
    await page.locator('#f-work-1-position').fill('Deputy Constable (Patrol)');
    await page
      .locator('#f-work-0-highlights-0')
      .fill('Apprehended 340 aliens and processed 2,150 I-213s in EARM.');
    const originals = await revert(page, 3);
    expect(await reverted(page)).toEqual(originals);
    await page.getByLabel('Template').selectOption('ats-classic');
    await screenshot(page, `resume-builder-${device}`);

    await page.reload();
    await expect.poll(() => reverted(page)).toEqual(originals);
    expect(await page.getByLabel('Template').inputValue()).toBe('ats-classic');
    expect(await page.locator('#f-work-1-position').inputValue()).toBe('Deputy Constable (Patrol)');

    await page.goto(`${app.server.baseUrl}/resume?lead=${LEAD.id}`);
    await page.getByRole('heading', { name: `Fit to ${LEAD.title} at ${LEAD.company}` }).waitFor();
    await expect.poll(() => reverted(page)).toEqual(originals);
    const tailoring = (await page.locator('.tailoring').textContent()) ?? '';
    expect(tailoring).toContain('C-TPAT');
    expect(tailoring).not.toContain('opportunity');

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download DOCX' }).click(),
    ]);
    const xml =
      (await (
        await JSZip.loadAsync(readFileSync(await docx.path()))
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    const docxText = xml.replace(/<[^>]+>/g, '');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdfText = (await pdfLines(new Uint8Array(readFileSync(await pdf.path()))))
      .map((l) => l.text)
      .join(' ');
    for (const words of originals) {
      expect(docxText).toContain(words);
      expect(pdfText.replace(/\s+/g, ' ')).toContain(words.replace(/\s+/g, ' '));
    }
    expect(docxText).toContain('Deputy Constable (Patrol)');

    if (device === 'phone') {
      const columns = await page
        .locator('.resume-layout')
        .evaluate((el) => getComputedStyle(el).gridTemplateColumns);
      expect(columns.split(' ')).toHaveLength(1);
    }
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a hand-edited sentence as the seeker\'s own through a reload, and "Go to it" scrolls to the bullet', async () => {
    const { context, page, leaks, errors } = await openBuilder(app.browser, app.server.baseUrl, options);
    await page.goto(`${app.server.baseUrl}/resume`);
    await pasteResume(page, 'deportation-officer-one-column');
    await expect
      .poll(() => page.locator('#f-basics-name').inputValue(), { timeout: 20_000 })
      .toBe('Kevin Tran');

    // The first suggestion inside a bullet: rewrite its whole sentence by hand.
    const change = page
      .locator('.change:has(.in-sentence)')
      .filter({ has: page.locator('del') })
      .first();
    await change.getByRole('button', { name: 'Edit this sentence myself' }).click();
    const own = 'Led removal case reviews for 340 people and kept every file audit-ready.';
    await change.getByLabel('Your wording').fill(own);
    await change.getByRole('button', { name: 'Keep my wording' }).click();
    await expect
      .poll(() => page.locator('.own-wording').first().textContent())
      .toBe(`Your own wording: ${own} Use the suggestion again`);
    await expect.poll(() => page.locator('.preview').textContent()).toContain(own);

    await page.reload();
    await expect
      .poll(() => page.locator('.own-wording').first().textContent())
      .toBe(`Your own wording: ${own} Use the suggestion again`);
    expect(await page.locator('.preview').textContent()).toContain(own);

    // A check on a bullet: "Go to it" brings that bullet's input into view and puts the cursor in it.
    await page.locator('#f-work-0-highlights-0').fill('I wrote the weekly detention report.');
    const finding = page.locator('.findings li').filter({ hasText: 'Resumes leave out "I"' }).first();
    await page.evaluate(() => window.scrollTo(0, 0));
    await finding.getByRole('button', { name: 'Go to it' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-work-0-highlights-0');
    await expect
      .poll(() =>
        page.locator('#f-work-0-highlights-0').evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);

    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sharing a draft with an adviser', () => {
  const app = appInBrowser();

  it('sends no name, e-mail or phone unless the seeker ticks "include my contact details"', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}/resume`);
    await pasteResume(page, 'special-agent-one-column');
    await expect
      .poll(() => page.locator('#f-basics-name').inputValue(), { timeout: 20_000 })
      .toBe('Rachel Okafor');

    await page.goto(`${app.server.baseUrl}/advisers`);
    await page.locator('textarea[name=goals]').fill('Financial crime compliance roles');
    await page.locator('input[name=contact]').fill('signal: +1 555 0100');
    await page.getByLabel('Share the resume draft saved in this browser with my adviser').check();
    // The draft is shared first, on its own; the request then carries only its reference.
    const [request, intake] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/drafts') && r.method() === 'POST'),
      page.waitForRequest((r) => r.url().endsWith('/api/intake') && r.method() === 'POST'),
      page.getByRole('button', { name: 'Send my request' }).click(),
    ]);
    const sent = JSON.parse(request.postData() ?? '{}');
    expect(sent.resume.work[0].position).toBe('Special Agent');
    // The city and state stay: they help an adviser and name no one.
    expect(sent.resume.basics).toEqual({ location: { city: 'Miami', region: 'FL' } });
    const asked = JSON.parse(intake.postData() ?? '{}');
    expect(asked.resumeDraft).toMatch(/^[\w-]{43}$/);
    expect(asked.resume).toBeUndefined();
    await page.getByRole('heading', { name: 'Your request is in' }).waitFor();
    expect(request.postData()).not.toContain('Okafor');
    expect(request.postData()).not.toContain('r.okafor@example.com');
    expect(request.postData()).not.toContain('555-0121');
    await context.close();
  });
});
