import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.OFFRAMP_DATA_DIR).toBe('./data');
    expect(config.CRAWL_RATE_LIMIT).toBe(1);
    expect(config.ALLOW_PRIVATE_HOSTS).toBe(false);
    expect(config.MEILI_URL).toBeUndefined();
  });

  it('names the variable and the problem when PORT is not a number', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrowError(/PORT: must be a whole number/);
  });

  it('reports every bad variable at once', () => {
    try {
      parseConfig({ PORT: '70000', MEILI_URL: 'not a url', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
        'LOG_LEVEL',
        'MEILI_URL',
        'PORT',
      ]);
    }
  });

  it('never echoes a secret value in the error', () => {
    expect(() => parseConfig({ DATA_KEY: 'hunter2-not-a-key' })).toThrowError(ConfigError);
    try {
      parseConfig({ DATA_KEY: 'hunter2-not-a-key' });
    } catch (error) {
      expect((error as Error).message).toContain('DATA_KEY');
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('accepts a 32-byte key in hex or base64 and rejects a short one', () => {
    expect(parseConfig({ DATA_KEY: 'a'.repeat(64) }).DATA_KEY).toBe('a'.repeat(64));
    expect(parseConfig({ DATA_KEY: Buffer.alloc(32, 7).toString('base64') }).DATA_KEY).toBeDefined();
    expect(() => parseConfig({ DATA_KEY: Buffer.alloc(16).toString('base64') })).toThrowError(/DATA_KEY/);
  });

  it('reads boolean flags in their usual spellings and rejects others', () => {
    expect(parseConfig({ ALLOW_PRIVATE_HOSTS: 'yes' }).ALLOW_PRIVATE_HOSTS).toBe(true);
    expect(parseConfig({ ALLOW_PRIVATE_HOSTS: '0' }).ALLOW_PRIVATE_HOSTS).toBe(false);
    expect(() => parseConfig({ ALLOW_PRIVATE_HOSTS: 'maybe' })).toThrowError(/ALLOW_PRIVATE_HOSTS/);
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ PORT: '' }).PORT).toBe(8080);
  });

  it('lets CRAWL_RATE_LIMIT=0 lift the limit', () => {
    expect(parseConfig({ CRAWL_RATE_LIMIT: '0' }).CRAWL_RATE_LIMIT).toBe(0);
    expect(() => parseConfig({ CRAWL_RATE_LIMIT: '-1' })).toThrowError(/CRAWL_RATE_LIMIT/);
  });
});
