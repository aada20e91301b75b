import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DataCipher } from './data-cipher';

describe('DataCipher', () => {
  const cipher = new DataCipher(randomBytes(32));

  it('round-trips text and never stores it in the clear', () => {
    const stored = cipher.encrypt('Signal: +1 555 0100, wants remote work', 'req-1');
    expect(stored).not.toContain('Signal');
    expect(cipher.decrypt(stored, 'req-1')).toBe('Signal: +1 555 0100, wants remote work');
  });

  it('uses a fresh nonce every time', () => {
    expect(cipher.encrypt('same', 'r')).not.toBe(cipher.encrypt('same', 'r'));
  });

  it('refuses a ciphertext moved to another record or tampered with', () => {
    const stored = cipher.encrypt('note', 'client-a');
    expect(() => cipher.decrypt(stored, 'client-b')).toThrow();
    const parts = stored.split('.');
    parts[3] = Buffer.from('forged').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), 'client-a')).toThrow();
  });

  it('refuses the wrong key', () => {
    const stored = cipher.encrypt('note', 'x');
    expect(() => new DataCipher(randomBytes(32)).decrypt(stored, 'x')).toThrow();
  });
});
