import { dataCipher } from '../../api/auth/data-key';
import { leadScorer } from '../../crawler/pipeline/lead-scorer';
import { runCrawl } from '../../crawler/pipeline/run-crawl';
import { startDemoSites } from '../../demo/demo-sites';
import { upsertSources } from '../../store/sources-repo';
import type { Command } from '../command';
import { describeDemoWorkspace, seedDemoWorkspace } from '../demo-workspace';
import { openRuntime } from '../open-context';
import { createProgress } from '../progress';
import { serveUntilStopped } from '../serve-app';
import { CrawlBoard } from './crawl-board';
import { parsePort } from './serve';

export const demoCommand: Command = {
  summary: 'Serve sample employer sites on localhost, crawl them, then serve the app (works offline)',
  usage: 'demo [--port N] [--no-serve]',
  options: { port: { type: 'string' }, 'no-serve': { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  help: [
    '--port N     port for the app (default: PORT, 8080)',
    '--no-serve   crawl the sample sites, then exit',
  ],
  async run({ config: base, logger, values, say, print, stderr, stderrIsTty }) {
    const port = parsePort(values.port, base.PORT);
    // The sample sites live on loopback, so the demo allows private hosts and lifts the rate limit.
    const config = { ...base, ALLOW_PRIVATE_HOSTS: true, CRAWL_RATE_LIMIT: 0 };
    const runtime = openRuntime(config, logger);
    const demo = await startDemoSites();
    try {
      say(
        `Sample employer sites are up at ${demo.sites.baseUrl} with ${demo.listingCount} listings in ${demo.sources.length} sources.`,
      );
      upsertSources(runtime.db, demo.sources);
      const progress = createProgress(stderr, stderrIsTty);
      // Sources run at once, so the demo shows the same per-source board as `offramp crawl`.
      const board = new CrawlBoard(demo.sources.length);
      const run = await runCrawl(
        {
          db: runtime.db,
          config,
          secret: (name) => (name === 'OFFRAMP_DEMO_USAJOBS_API_KEY' ? 'demo-key' : undefined),
          scorer: leadScorer(runtime.db),
          index: runtime.index,
          onProgress: (event) => {
            for (const line of board.apply(event)) progress.done(line);
            progress.update(board.status());
          },
        },
        demo.sources,
        'demo',
      );
      const totals = run.sources.reduce(
        (t, s) => ({ found: t.found + s.found, new: t.new + s.new, errors: t.errors + s.errors.length }),
        { found: 0, new: 0, errors: 0 },
      );
      progress.done(
        `Crawled ${run.sources.length} sources: ${totals.found} listings found, ${totals.new} new leads, ${totals.errors} errors.`,
      );
      const demoWorkspace = await seedDemoWorkspace(runtime.db, dataCipher(config, logger));
      for (const line of describeDemoWorkspace(demoWorkspace)) print(line);
      if (values['no-serve']) return 0;
      await serveUntilStopped({
        config,
        logger,
        runtime,
        host: config.HOST,
        port,
        secret: () => undefined,
        say,
        scheduleCrawls: false,
      });
      return 0;
    } finally {
      await demo.sites.close();
      await runtime.close();
    }
  },
};
