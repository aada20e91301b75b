import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { PrivateHosts } from '../core/private-hosts';
import type { SourceConfig } from '../core/source-config';
import { sourcesFileSchema } from '../core/source-config';
import { assertFetchableUrl } from './http/address-guard';

/** The sources file is unusable; the message names the file and the field. Fix it and run again. */
export class SourcesFileError extends Error {
  override readonly name = 'SourcesFileError';
}

/**
 * Reads `{ sources: [...] }` from YAML or JSON (YAML 1.2 reads JSON too), validates every field,
 * and refuses URLs that point at private networks unless ALLOW_PRIVATE_HOSTS is set.
 */
export async function loadSourcesFile(
  file: string,
  allowPrivateHosts: PrivateHosts,
): Promise<SourceConfig[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SourcesFileError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new SourcesFileError(
      `${file} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const result = sourcesFileSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new SourcesFileError(`${file} has problems:\n${lines.join('\n')}`);
  }
  for (const [i, source] of result.data.sources.entries()) {
    const urls = [
      source.baseUrl,
      source.type === 'jsonld' || source.type === 'neogov' ? source.url : undefined,
    ];
    for (const url of urls) {
      if (!url) continue;
      try {
        await assertFetchableUrl(url, allowPrivateHosts);
      } catch (error) {
        throw new SourcesFileError(`${file}: sources.${i} (${source.id}): ${(error as Error).message}`);
      }
    }
  }
  return result.data.sources;
}
