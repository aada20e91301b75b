import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../core/config';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../${name}`, import.meta.url)), 'utf8');

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
}

describe('the Meilisearch deployment files', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };

  it('runs Meilisearch with a master key and a persistent volume, unpublished', () => {
    const meili = compose.services.meilisearch;
    expect(meili?.image).toMatch(/^getmeili\/meilisearch:v\d+\.\d+/);
    expect(meili?.environment?.MEILI_MASTER_KEY).toMatch(/\$\{MEILI_MASTER_KEY:\?/);
    expect(meili?.volumes).toContain('meili-data:/meili_data');
    expect(meili?.ports).toBeUndefined();
  });

  it('points Offramp at Meilisearch with settings its config accepts', () => {
    const offramp = compose.services.offramp;
    expect(offramp?.build).toBe('.');
    const env = { ...offramp?.environment };
    // Stand-ins for the ${...} secrets the operator supplies.
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, v.startsWith('${') ? sampleSecret(k) : v]),
    );
    const config = parseConfig(resolved);
    expect(config.MEILI_URL).toBe('http://meilisearch:7700');
  });

  it('builds an image that serves on all interfaces from a data volume', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/ENV[^\n]*\n?[^\n]*HOST=0\.0\.0\.0/);
    expect(dockerfile).toContain('OFFRAMP_DATA_DIR=/data');
    expect(dockerfile).toContain('cli/offramp.ts", "serve"');
  });
});

function sampleSecret(variable: string): string {
  if (variable === 'DATA_KEY') return Buffer.alloc(32, 1).toString('base64');
  return 'x'.repeat(40);
}
