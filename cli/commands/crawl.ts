import { loadSourcesFile, SourcesFileError } from '../../crawler/load-sources-file';
import { leadScorer } from '../../crawler/pipeline/lead-scorer';
import type { CrawlProgress } from '../../crawler/pipeline/run-crawl';
import { runCrawl } from '../../crawler/pipeline/run-crawl';
import { listSources, upsertSources } from '../../store/sources-repo';
import type { Command } from '../command';
import { UsageError } from '../command';
import { openRuntime } from '../open-context';
import { createProgress } from '../progress';
import { CrawlBoard } from './crawl-board';

export const crawlCommand: Command = {
  summary: 'Crawl job sources into the store',
  usage: 'crawl [--sources FILE] [--source ID] [--json]',
  options: { sources: { type: 'string' }, source: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  help: [
    '--sources FILE  load sources from a YAML or JSON file ({ sources: [ {id, type, ...} ] }) and keep them',
    '--source ID     crawl only this source',
    '--json          print the run summary as JSON on stdout',
  ],
  async run({ config, logger, values, say, print, secret, stderrIsTty, stderr }) {
    const runtime = openRuntime(config, logger);
    try {
      if (typeof values.sources === 'string') {
        let loaded: Awaited<ReturnType<typeof loadSourcesFile>>;
        try {
          loaded = await loadSourcesFile(values.sources, config.ALLOW_PRIVATE_HOSTS);
        } catch (error) {
          if (error instanceof SourcesFileError) throw new UsageError(error.message);
          throw error;
        }
        upsertSources(runtime.db, loaded);
        say(`Loaded ${loaded.length} source${loaded.length === 1 ? '' : 's'} from ${values.sources}.`);
      }
      let sources = listSources(runtime.db, { enabledOnly: values.source === undefined });
      if (typeof values.source === 'string') {
        sources = sources.filter((s) => s.id === values.source);
        if (sources.length === 0)
          throw new UsageError(`No source with id "${values.source}". Load it with --sources FILE.`);
      }
      if (sources.length === 0) {
        say('No sources to crawl. Add some with --sources FILE (see README).');
        if (values.json) print(JSON.stringify({ run: null }));
        return 0;
      }
      const progress = createProgress(stderr, stderrIsTty);
      const board = new CrawlBoard(sources.length);
      const onProgress = (event: CrawlProgress) => {
        for (const line of board.apply(event)) progress.done(line);
        progress.update(board.status());
      };
      const run = await runCrawl(
        { db: runtime.db, config, secret, scorer: leadScorer(runtime.db), index: runtime.index, onProgress },
        sources,
        'cli',
      );
      if (values.json) print(JSON.stringify(run));
      const failed = run.sources.filter((s) => s.status === 'failed').length;
      say(
        `Crawl ${run.id} finished: ${run.sources.length - failed} of ${run.sources.length} sources crawled.`,
      );
      return failed === run.sources.length ? 1 : 0;
    } finally {
      await runtime.close();
    }
  },
};
