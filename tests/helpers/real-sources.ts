import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { FetchedPage, FetchSpec } from '../../crawler/source-adapter';
import { SHARED_DATA_DIR } from './shared-data';

/** Real responses captured by others, kept beside the checkout in ../shared (see its INDEX.md). */
export const REAL_SOURCES_DIR = `${SHARED_DATA_DIR}/real-sources`;

export function realCaptures(type: string): string[] {
  const dir = `${REAL_SOURCES_DIR}/${type}`;
  if (!existsSync(dir))
    throw new Error(`${dir} is missing: the real captures live in ../shared/data/real-sources`);
  return readdirSync(dir).map((f) => `${dir}/${f}`);
}

export function pageFromFile(
  file: string,
  spec: Partial<FetchSpec> = {},
  url = 'https://example.test/',
): FetchedPage {
  return {
    spec: { url, label: 'list', ...spec },
    url,
    status: 200,
    contentType: file.endsWith('.xml')
      ? 'application/rss+xml'
      : file.endsWith('.html')
        ? 'text/html'
        : 'application/json',
    body: readFileSync(file, 'utf8'),
  };
}
