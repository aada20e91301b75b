import type { CurationInput } from '../../store/curation-repo';
import { curateLead, curationSchema } from '../../store/curation-repo';
import type { Command } from '../command';
import { UsageError } from '../command';
import { openRuntime } from '../open-context';

export const curateCommand: Command = {
  summary: 'Pin, hide or correct the tracks of a lead (operator curation until adviser accounts arrive)',
  usage:
    'curate <leadId> [--pin | --unpin] [--note TEXT] [--hide | --unhide] [--tracks a,b | --clear-tracks] [--json]',
  options: {
    pin: { type: 'boolean' },
    unpin: { type: 'boolean' },
    note: { type: 'string' },
    hide: { type: 'boolean' },
    unhide: { type: 'boolean' },
    tracks: { type: 'string' },
    'clear-tracks': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  help: [
    '<leadId>          the lead (ids are shown by `leads` and `search`)',
    '--pin / --unpin   curated leads rank first; --note gives seekers the reason',
    '--hide / --unhide remove a lead from search, or bring it back',
    '--tracks a,b      correct its career tracks; --clear-tracks restores the scored ones',
  ],
  async run({ config, logger, values, positionals, print, say }) {
    const candidate: Record<string, unknown> = {};
    if (values.pin && values.unpin) throw new UsageError('--pin and --unpin cannot be used together');
    if (values.hide && values.unhide) throw new UsageError('--hide and --unhide cannot be used together');
    if (values.pin) candidate.pinned = true;
    if (values.unpin) candidate.pinned = false;
    if (values.hide) candidate.hidden = true;
    if (values.unhide) candidate.hidden = false;
    if (typeof values.note === 'string') candidate.note = values.note || null;
    if (typeof values.tracks === 'string')
      candidate.tracks = values.tracks
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    if (values['clear-tracks']) candidate.tracks = null;
    if (Object.keys(candidate).length === 0)
      throw new UsageError('Say what to change: --pin, --note, --hide, --tracks ...');
    const parsed = curationSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`--${String(issue?.path[0] ?? 'value')}: ${issue?.message}`);
    }
    const runtime = openRuntime(config, logger);
    try {
      const id = positionals[0] ?? '';
      if (!curateLead(runtime.db, id, parsed.data as CurationInput, 'operator')) {
        say(`No lead with id ${id}.`);
        return 1;
      }
      await runtime.index([id]);
      if (values.json) print(JSON.stringify({ id, ...parsed.data }));
      else say(`Curated ${id}.`);
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
