import { describe, expect, it } from 'vitest';
import { assertFetchableUrl, isPublicAddress } from './address-guard';
import { BlockedAddressError } from './errors';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.9',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('assertFetchableUrl', () => {
  it('refuses loopback, metadata and credentialed URLs', async () => {
    await expect(assertFetchableUrl('http://127.0.0.1:8080/admin', false)).rejects.toThrowError(
      BlockedAddressError,
    );
    await expect(assertFetchableUrl('http://169.254.169.254/latest/meta-data', false)).rejects.toThrowError(
      BlockedAddressError,
    );
    await expect(assertFetchableUrl('http://[::1]/', false)).rejects.toThrowError(BlockedAddressError);
    await expect(assertFetchableUrl('https://user:pw@example.com/', false)).rejects.toThrowError(
      /credentials/,
    );
    await expect(assertFetchableUrl('file:///etc/passwd', false)).rejects.toThrowError(/http/);
  });

  it('allows private addresses only when the development setting is on', async () => {
    await expect(assertFetchableUrl('http://127.0.0.1:8080/', true)).resolves.toBeUndefined();
  });

  it('refuses a name that resolves to loopback', async () => {
    await expect(assertFetchableUrl('http://localhost:9/', false)).rejects.toThrowError(/non-public/);
  });
});
