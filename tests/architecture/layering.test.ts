import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The layers of the README's "which layer may import which" rule, lowest first. A file may import
 * its own layer and any layer listed before it. The web app reaches the API only through
 * `import type` (Hono's typed client), which erases at build time, so type-only imports into `api/`
 * are allowed from `web/`.
 */
const LAYERS = ['core', 'store', 'search', 'crawler', 'templates', 'api', 'web', 'demo', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

interface ImportEdge {
  file: string;
  target: string;
  typeOnly: boolean;
}

function relativeImports(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8');
  const edges: ImportEdge[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm;
  for (const m of text.matchAll(pattern)) {
    const spec = m[3] as string;
    edges.push({ file, target: relative(ROOT, resolve(file, '..', spec)), typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)) {
    edges.push({ file, target: relative(ROOT, resolve(file, '..', m[1] as string)), typeOnly: false });
  }
  return edges;
}

const top = (path: string) => path.split('/')[0] as string;
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function violations(): string[] {
  const found: string[] = [];
  for (const layer of [...LAYERS, 'tests' as const]) {
    for (const file of sourceFiles(join(ROOT, layer))) {
      const from = relative(ROOT, file);
      for (const edge of relativeImports(file)) {
        const to = top(edge.target);
        if (to === 'bench' && layer !== ('bench' as string))
          found.push(`${from} imports ${edge.target} (nothing outside bench/ may import bench/)`);
        if (layer === 'tests' || isTest(from)) continue;
        if (to === 'tests') found.push(`${from} imports ${edge.target} (product code never imports tests/)`);
        const fromRank = LAYERS.indexOf(layer as Layer);
        const toRank = LAYERS.indexOf(to as Layer);
        if (toRank < 0 || toRank <= fromRank) continue;
        if (layer === 'web' && to === 'api' && edge.typeOnly) continue;
        found.push(`${from} imports ${edge.target} (${layer}/ sits below ${to}/)`);
      }
    }
  }
  return found;
}

/** Files in api/ that prepare SQL themselves instead of asking a store repository. */
function apiSql(): string[] {
  return sourceFiles(join(ROOT, 'api'))
    .filter((file) => !isTest(file) && /\.prepare\(|\.exec\(\s*['`]/.test(readFileSync(file, 'utf8')))
    .map((file) => `${relative(ROOT, file)} runs its own SQL`);
}

/** The two search engines share helpers through search/, never through each other's folder. */
function engineCrossImports(): string[] {
  const found: string[] = [];
  for (const [engine, other] of [
    ['embedded', 'meili'],
    ['meili', 'embedded'],
  ] as const) {
    for (const file of sourceFiles(join(ROOT, 'search', engine))) {
      for (const edge of relativeImports(file))
        if (edge.target.startsWith(`search/${other}/`))
          found.push(`${relative(ROOT, file)} imports ${edge.target} (engines share code through search/)`);
    }
  }
  return found;
}

describe('layering', () => {
  it('keeps SQL in the store: API routes call repositories', () => {
    expect(apiSql()).toEqual([]);
  });

  it('keeps each search engine independent of the other', () => {
    expect(engineCrossImports()).toEqual([]);
  });

  it('keeps every import pointing down the layers, with product code apart from tests and benchmarks', () => {
    expect(violations()).toEqual([]);
  });
});
