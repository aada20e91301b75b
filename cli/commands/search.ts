import type { SearchParamName } from '../../core/search/search-params';
import { parseSearchParams, SearchParamsError, searchParamNames } from '../../core/search/search-params';
import type { Command } from '../command';
import { UsageError } from '../command';
import { openRuntime } from '../open-context';

/** On/off search parameters become boolean flags; the others take a value. */
const SWITCHES: readonly SearchParamName[] = ['showExcluded', 'hideEnforcement', 'curatedOnly', 'noDegree'];
/** CLI flags, each the search parameter of the same name, in kebab case (see core/search/search-params.ts). */
const FLAGS = searchParamNames.filter((name) => name !== 'q' && !SWITCHES.includes(name));

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const searchCommand: Command = {
  summary: 'Search the leads, as the web app does',
  usage:
    'search "<query>" [--remote remote,hybrid] [--track ID] [--min-fit 0.6] [--sort newest] ... [--json]',
  options: {
    ...Object.fromEntries(FLAGS.map((f) => [kebab(f), { type: 'string' as const }])),
    ...Object.fromEntries(SWITCHES.map((s) => [kebab(s), { type: 'boolean' as const }])),
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  help: [
    '--remote, --type, --track, --source-type, --company   comma-separated lists',
    '--city, --region, --country, --lat/--lon/--radius-km  where',
    '--near "Tucson, AZ" --radius-km 50   within a distance of a city the leads list',
    '--no-degree   only postings that ask for no college degree',
    '--min-salary N (annual), --posted-within DAYS, --min-fit 0..1, --background ID',
    '--show-excluded, --hide-enforcement, --curated-only, --status open|closed|all',
    '--sort relevance|newest|salary|fit, --page N, --per-page N',
    '--fit-floor off   with --sort newest or salary, include leads below "Some fit" too',
    '--json   print { total, facets, hits } as JSON',
  ],
  async run({ config, logger, values, positionals, print, say }) {
    const params: Record<string, string> = { q: positionals[0] ?? '' };
    for (const f of FLAGS) {
      const v = values[kebab(f)];
      if (typeof v === 'string') params[f] = v;
    }
    for (const s of SWITCHES) if (values[kebab(s)] === true) params[s] = 'true';
    const usage = (error: unknown) =>
      error instanceof SearchParamsError
        ? new UsageError(error.fields.map((f) => `--${kebab(f.field)}: ${f.message}`).join('\n'))
        : error;
    let query: ReturnType<typeof parseSearchParams>;
    try {
      query = parseSearchParams(params);
    } catch (error) {
      throw usage(error);
    }
    const runtime = openRuntime(config, logger);
    try {
      // The engine judges what the parameters alone cannot (a place no lead lists).
      const result = await runtime.search.search(query).catch((error: unknown) => {
        throw usage(error);
      });
      if (values.json) {
        print(
          JSON.stringify({
            total: result.total,
            page: result.page,
            pages: result.pages,
            facets: result.facets,
            hits: result.hits,
            correctedQuery: result.correctedQuery,
          }),
        );
        return 0;
      }
      if (result.total === 0)
        say(
          result.correctedQuery
            ? `Nothing found. Did you mean "${result.correctedQuery}"?`
            : 'Nothing found. Try fewer words or filters.',
        );
      for (const h of result.hits) {
        const fit = h.fitScore === null ? '   -' : `${Math.round(h.fitScore * 100)}%`.padStart(4);
        print(`${fit}  ${h.title} — ${h.company} (${h.location ?? h.remote ?? '?'})  ${h.id}`);
      }
      say(
        `${result.total} result${result.total === 1 ? '' : 's'}; page ${result.page} of ${Math.max(result.pages, 1)}.`,
      );
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
