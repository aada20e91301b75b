import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { harperChecker } from '../../core/resume/grammar/harper-checker';
import { buildTestApp } from '../../tests/helpers/test-app';

const profile = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../tests/resume/profiles/special-agent.json', import.meta.url)),
    'utf8',
  ),
);
// The grammar checker's WebAssembly loads once per process; on a busy host that takes seconds.
beforeAll(() => harperChecker(), 60_000);

const post = (app: ReturnType<typeof buildTestApp>['app'], path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('POST /api/resume/translate', () => {
  it('returns the translated resume, its explained changes, lint and tailoring', async () => {
    const { app } = buildTestApp();
    const res = await post(app, '/api/resume/translate', {
      resume: profile,
      options: { mode: 'private', generalizeEmployer: true },
      jobDescription: 'Fraud investigator: interview witnesses, write reports, testify in court.',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.resume.work[0].name).toBe('Federal criminal investigations agency');
    expect(body.changes.length).toBeGreaterThan(5);
    expect(body.lint.estimatedPages).toBeGreaterThan(0);
    expect(body.tailoring.covered).toContain('testimony');
  });

  it('names the bad field of an invalid resume with a 400', async () => {
    const { app } = buildTestApp();
    const res = await post(app, '/api/resume/translate', {
      resume: { work: [{ startDate: 'last spring' }] },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^resume\.work\.0\.startDate: /);
  });

  it('neither logs nor stores what it receives', async () => {
    const { app, logLines, db } = buildTestApp();
    await post(app, '/api/resume/translate', { resume: profile });
    expect(logLines.join('\n')).not.toContain('Jordan');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      if (name.startsWith('leads_fts') || name === 'schema_migrations') continue;
      const rows = db.prepare(`SELECT * FROM "${name}"`).all();
      expect(JSON.stringify(rows)).not.toContain('Jordan');
    }
  });
});

describe('POST /api/resume/render', () => {
  it.each([
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['pdf', 'application/pdf'],
    ['json', 'application/json'],
    ['md', 'text/markdown; charset=utf-8'],
  ])('renders %s as a download', async (format, type) => {
    const { app } = buildTestApp();
    const res = await post(app, `/api/resume/render?format=${format}&template=ats-classic`, {
      resume: profile,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="jordan-m..${format}"`);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(200);
  });

  it('rejects an unknown format naming the parameter', async () => {
    const { app } = buildTestApp();
    const res = await post(app, '/api/resume/render?format=odt', { resume: profile });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^format: /);
  });
});
