import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../../core/config';
import { decodeKey } from '../../core/config';
import { DataCipher } from './data-cipher';

/**
 * The key for data at rest: DATA_KEY when set; otherwise, so that `npm start` works on a fresh
 * machine, one generated once into the data dir (mode 0600), beside the database but never inside it.
 */
export function dataCipher(
  config: Pick<Config, 'DATA_KEY' | 'OFFRAMP_DATA_DIR'>,
  logger: Logger,
): DataCipher {
  if (config.DATA_KEY) {
    const key = decodeKey(config.DATA_KEY);
    if (key) return new DataCipher(key);
  }
  const file = join(config.OFFRAMP_DATA_DIR, 'data.key');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
    logger.warn(
      'DATA_KEY is not set: generated a key in the data dir. Set DATA_KEY in production and keep it apart from backups.',
    );
  }
  const key = decodeKey(readFileSync(file, 'utf8').trim());
  if (!key) throw new Error(`${file} does not hold a 32-byte key`);
  return new DataCipher(key);
}
