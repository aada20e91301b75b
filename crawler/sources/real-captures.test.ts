import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalisedLeadSchema } from '../../core/lead/lead';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import type { SourceConfig } from '../../core/source-config';
import { sourceConfigSchema } from '../../core/source-config';
import { pageFromFile, realCaptures } from '../../tests/helpers/real-sources';
import { hasSharedData } from '../../tests/helpers/shared-data';
import type { SourceContext } from '../source-adapter';
import { adapterFor } from './index';

const ctx: SourceContext = {
  baseUrl: 'https://api.example.test',
  now: new Date('2026-11-22T12:00:00Z'),
  secret: () => 'k',
};

const configs: Record<string, SourceConfig> = {
  greenhouse: sourceConfigSchema.parse({ id: 'gh', type: 'greenhouse', board: 'acme' }),
  lever: sourceConfigSchema.parse({ id: 'lv', type: 'lever', site: 'acme' }),
  ashby: sourceConfigSchema.parse({ id: 'ab', type: 'ashby', board: 'acme' }),
  smartrecruiters: sourceConfigSchema.parse({ id: 'sr', type: 'smartrecruiters', company: 'acme' }),
  workday: sourceConfigSchema.parse({
    id: 'wd',
    type: 'workday',
    host: 'acme.wd5.myworkdayjobs.com',
    tenant: 'acme',
    site: 'External',
  }),
  usajobs: sourceConfigSchema.parse({
    id: 'us',
    type: 'usajobs',
    apiKeyEnv: 'USAJOBS_API_KEY',
    userAgentEmail: 'ops@example.org',
  }),
  neogov: sourceConfigSchema.parse({ id: 'ng', type: 'neogov', agency: 'acme' }),
  jsonld: sourceConfigSchema.parse({ id: 'jl', type: 'jsonld', url: 'https://careers.example.test/' }),
  recruitee: sourceConfigSchema.parse({ id: 'rc', type: 'recruitee', company: 'acme' }),
};

/** Which label a capture answers: lists and details come from different endpoints. */
function labelFor(file: string): string {
  if (/detail/.test(file)) return 'detail';
  if (/jsonld/.test(file)) return 'page';
  return 'list';
}

// Vitest still runs a skipped describe's body to collect its tests, so the capture list is read only
// when the folder is there.
const available = hasSharedData();

describe.skipIf(!available).each(Object.keys(configs))('the %s extractor on every real capture', (type) => {
  const config = configs[type] as SourceConfig;
  it.each((available ? realCaptures(type) : []).map((f) => [basename(f), f]))(
    'reads %s into valid leads',
    (_name, file) => {
      const page = pageFromFile(file, { label: labelFor(file) }, 'https://careers.example.test/jobs/1');
      const result = adapterFor(config).extract(page, config as never, ctx);
      for (const lead of result.leads) {
        const raw = rawLeadSchema.parse(lead);
        const normalised = normaliseLead(raw);
        // normaliseLead no longer re-parses its output: the schema must still accept it.
        expect(normalisedLeadSchema.parse(normalised)).toEqual(normalised);
        expect(normalised.descriptionHtml).not.toMatch(/<script|onclick=|javascript:/i);
      }
      const produced = result.leads.length + result.next.length;
      if (/no-jobposting/.test(file)) expect(result.leads).toHaveLength(0);
      else expect(produced).toBeGreaterThan(0);
    },
  );
});
