import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { OFFRAMP_DATA_DIR: mkdtempSync(join(tmpdir(), 'offramp-translate-')), LOG_LEVEL: 'silent' },
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    },
  );
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'offramp-translate-in-'));
const profile = join(dir, 'profile.json');
writeFileSync(
  profile,
  JSON.stringify({
    basics: { name: 'Sam Doe', label: 'Border Patrol Agent' },
    work: [
      {
        name: 'U.S. Border Patrol',
        position: 'Border Patrol Agent',
        highlights: ['Apprehended 1,100 aliens near the POE.', 'Analyzed APIS and ATS data daily.'],
        'x-federal': { series: '1896', grade: 'GS-12' },
      },
    ],
  }),
);

describe('npm run offramp -- resume translate', () => {
  it('writes the translated JSON Resume with its changes, and generalises the agency on request', async () => {
    const out = join(dir, 'out.json');
    const { code, stderr } = await run(
      `resume translate --in ${profile} --out ${out} --generalize-employer --generalize-titles`.split(' '),
    );
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.work[0].name).toBe('Federal border security agency');
    expect(written.work[0].position).toBe('Federal border security agent');
    expect(written.work[0].highlights).toEqual([
      'Apprehended 1,100 noncitizens near the port of entry.',
      'Analyzed passenger manifest and risk-targeting system data daily.',
    ]);
    // Private mode leaves the grade out, as one explained change.
    expect(written.work[0]['x-federal']).toBeUndefined();
    const grade = written.changes.find((c: { path: string }) => c.path === 'work[0].x-federal');
    expect(grade.original).toContain('GS-12');
    expect(stderr.split('\n')[0]).toMatch(/^Wrote .*out\.json: 8 explained changes, about 0\.3 page\(s\)\.$/);
  }, 60_000);

  it('writes a DOCX whose text is the translation', async () => {
    const out = join(dir, 'out.docx');
    expect((await run(['resume', 'translate', '--in', profile, '--out', out])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Border Patrol Agent (border security agent)');
    expect(text).toContain('Apprehended 1,100 noncitizens near the port of entry.');
  }, 60_000);

  it('names the field and exits 2 on a resume that does not validate', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ work: [{ position: 'Agent', highlights: 'not a list' }] }));
    const { code, stderr } = await run(['resume', 'translate', '--in', bad, '--out', join(dir, 'x.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad} is not a valid JSON Resume:\n  work.0.highlights:`);
  });

  it('exits 2 naming the option when --mode is wrong', async () => {
    const { code, stderr } = await run(
      `resume translate --in ${profile} --out x.json --mode both`.split(' '),
    );
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('--mode must be private or federal (got "both")');
  });
});
