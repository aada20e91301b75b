import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { GrammarPool } from '../api/workers/grammar-pool';
import { translateCheckedAndRender, translateResumeChecked } from '../core/resume/check-grammar';
import { warmUpGrammar } from '../core/resume/grammar/grammar-warm-up';
import { harperChecker } from '../core/resume/grammar/harper-checker';
import { warmUpTranslator } from '../core/resume/warm-up';
import { renderDocx } from '../templates/render-docx';
import { launchChromium } from '../tests/helpers/browser';
import { fmt, line, percentile, timeIt } from './measure';
import { timeRounds } from './resume-profiles';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
};

const report = (label: string, samples: number[], target?: number) =>
  line(
    label,
    `${fmt(percentile(samples, 50), 1)} ms / ${fmt(percentile(samples, 95), 1)} ms p50 / p95${target ? ` (target ≤ ${target} ms)` : ''}`,
  );

/**
 * Translate (with the Harper grammar check) + DOCX on the server, beside the untranslated DOCX: as
 * the server and the CLI run it (the check on the grammar thread pool, the DOCX built meanwhile),
 * and with the check on the event loop, as a single-threaded host would.
 */
async function serverHalf(rounds: number): Promise<void> {
  const options = { mode: 'private', generalizeEmployer: true } as const;
  const pool = new GrammarPool();
  const { ms: poolSetup } = await timeIt(() => pool.warm());
  // What `cli serve` does once at start (core/resume/warm-up.ts): no seeker's resume is read.
  const { ms: translatorSetup } = await timeIt(() => warmUpTranslator((r) => renderDocx(r, 'ats-modern')));
  try {
    const { full, baseline } = await timeRounds(
      rounds,
      async (p) =>
        (await translateCheckedAndRender(p, options, pool, (r) => renderDocx(r, 'ats-modern'))).output,
      (p) => renderDocx(p, 'ats-modern'),
    );
    line('server: grammar threads set-up (once)', `${fmt(poolSetup, 0)} ms`);
    line('server: translator warm-up at start (once)', `${fmt(translatorSetup, 0)} ms`);
    report('server: translate + grammar check + DOCX', full, 50);
    report('server baseline: DOCX of the untranslated resume', baseline);
  } finally {
    await pool.close();
  }
  // Set up and warmed as a grammar thread is (core/resume/grammar/grammar-warm-up.ts).
  const { ms: setup } = await timeIt(async () => warmUpGrammar(await harperChecker()));
  const checker = await harperChecker();
  const { full } = await timeRounds(
    rounds,
    async (p) => renderDocx((await translateResumeChecked(p, options, checker)).resume, 'ats-modern'),
    (p) => renderDocx(p, 'ats-modern'),
  );
  line('server, check on the event loop: set-up', `${fmt(setup, 0)} ms`);
  report('server, check on the event loop: same work', full);
}

/** The same in headless chromium, from a bundle Vite builds here (so the WebAssembly path is real). */
async function browserHalf(rounds: number): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'offramp-bench-resume-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('./resume-browser/', import.meta.url)),
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  const server = createServer((req, res) => {
    const path = normalize(join(out, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const result = await page.evaluate(
      (n) =>
        (
          window as unknown as {
            runResumeBench: (n: number) => Promise<{ full: number[]; baseline: number[]; setupMs: number }>;
          }
        ).runResumeBench(n),
      rounds,
    );
    line('chromium: Harper set-up (once per page)', `${fmt(result.setupMs, 0)} ms`);
    report('chromium: translate + grammar check + DOCX', result.full, 300);
    report('chromium baseline: DOCX of the untranslated resume', result.baseline);
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- resume`: one resume translated, self-checked by the grammar checker and
 * rendered as DOCX, on the server and in headless chromium, each beside the same DOCX rendered
 * from the untranslated resume in the same run. Every round reads a different resume.
 */
export async function resumeBench(rounds = 30): Promise<void> {
  console.log(`\nResume: translate + grammar check + DOCX, ${rounds} rounds, 8 profiles in turn`);
  await serverHalf(rounds);
  await browserHalf(Math.min(rounds, 20));
}
