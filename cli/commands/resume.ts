import { readFileSync, writeFileSync } from 'node:fs';
import { useBaselineWasmCompiler } from '../../api/workers/harper-wasm-tier';
import { translateResumeChecked } from '../../core/resume/check-grammar';
import { withoutEmptyItems } from '../../core/resume/compact-resume';
import { lintResume } from '../../core/resume/lint-resume';
import { resumeSchema } from '../../core/resume/resume-schema';
import {
  EXPORT_FORMATS,
  exportEndingsText,
  exportFormatForFile,
  exportFormatIds,
} from '../../templates/export-formats';
import type { Paper } from '../../templates/render-pdf';
import { PAPER } from '../../templates/render-pdf';
import type { TemplateId } from '../../templates/templates';
import { templateIds } from '../../templates/templates';
import type { Command } from '../command';
import { UsageError } from '../command';
import { resumeImportHelp, runResumeImport } from './resume-import';

export const resumeCommand: Command = {
  summary: 'Translate a JSON Resume into civilian terms and write JSON, DOCX, PDF, Markdown or text',
  usage: `resume import --in FILE.(pdf|docx|txt|json) [--out resume.json] [--json] | resume translate --in profile.json --out out.(${exportFormatIds.join('|')}) [--generalize-employer] [--generalize-titles] [--mode private|federal] [--template NAME] [--paper letter|a4]`,
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    'generalize-employer': { type: 'boolean' },
    'generalize-titles': { type: 'boolean' },
    mode: { type: 'string' },
    template: { type: 'string' },
    paper: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  help: [
    'translate               the only action: translate, explain, and write the output',
    '--in FILE               a JSON Resume file (x-federal fields allowed on jobs)',
    `--out FILE              ${exportEndingsText()}; .json holds the translated resume plus a "changes" array`,
    '--generalize-employer   describe agencies, offices, academies, programs and systems in general terms',
    '--generalize-titles     also generalise job titles that name the agency ("Border Patrol Agent")',
    '--mode private|federal  private drops salary and hours (default); federal keeps them',
    `--template NAME         ${templateIds.join(', ')} (default ats-modern)`,
    '--paper letter|a4       PDF paper size (default letter)',
    ...resumeImportHelp,
  ],
  async run(ctx) {
    const { values, positionals, say } = ctx;
    if (positionals[0] === 'import') return runResumeImport(ctx);
    if (positionals[0] !== 'translate')
      throw new UsageError(
        `Unknown resume action "${positionals[0]}"; use "resume translate" or "resume import".`,
      );
    if (typeof values.in !== 'string' || typeof values.out !== 'string')
      throw new UsageError('--in and --out are both required');
    const mode = values.mode ?? 'private';
    if (mode !== 'private' && mode !== 'federal')
      throw new UsageError(`--mode must be private or federal (got "${String(mode)}")`);
    const template = (values.template ?? 'ats-modern') as TemplateId;
    if (!templateIds.includes(template))
      throw new UsageError(`--template must be one of ${templateIds.join(', ')}`);
    const paper = (values.paper ?? 'letter') as Paper;
    if (!(paper in PAPER)) throw new UsageError('--paper must be letter or a4');
    const format = exportFormatForFile(values.out);
    if (!format) throw new UsageError(`--out must end in ${exportEndingsText()}`);

    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(values.in, 'utf8'));
    } catch (error) {
      throw new UsageError(`Cannot read ${values.in} as JSON: ${(error as Error).message}`);
    }
    const parsed = resumeSchema.safeParse(raw);
    if (!parsed.success) {
      throw new UsageError(
        `${values.in} is not a valid JSON Resume:\n${parsed.error.issues
          .slice(0, 8)
          .map((i) => `  ${i.path.join('.')}: ${i.message}`)
          .join('\n')}`,
      );
    }
    useBaselineWasmCompiler();
    const translation = await translateResumeChecked(parsed.data, {
      mode,
      generalizeEmployer: values['generalize-employer'] === true,
      generalizeTitles: values['generalize-titles'] === true,
    });
    // A bullet the translation dropped whole leaves no empty string behind in any output.
    const out = withoutEmptyItems(translation.resume);
    // The .json output keeps its documented contract: the translated resume plus the changes.
    if (format === 'json')
      writeFileSync(values.out, `${JSON.stringify({ ...out, changes: translation.changes }, null, 2)}\n`);
    else writeFileSync(values.out, await EXPORT_FORMATS[format].render({ resume: out, template, paper }));

    const lint = lintResume(out);
    say(
      `Wrote ${values.out}: ${translation.changes.length} explained changes, about ${lint.estimatedPages} page(s).`,
    );
    for (const f of lint.findings.slice(0, 10)) say(`  ${f.path}: ${f.message}`);
    return 0;
  },
};
