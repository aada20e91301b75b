import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CatalogueEntry } from '../core/catalogue';
import { catalogueSchema } from '../core/catalogue';

/** The catalogue that ships with Offramp. */
export const CATALOGUE_FILE = fileURLToPath(new URL('../sources/catalogue.yaml', import.meta.url));

export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}

/** Reads and checks the catalogue; a broken file is reported with the entry and field. */
export function loadCatalogue(file: string = CATALOGUE_FILE): CatalogueEntry[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogueError(`Cannot read the catalogue ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = catalogueSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CatalogueError(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data.catalogue;
}
