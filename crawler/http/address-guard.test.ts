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

describe('IPv6 spellings of IPv4 addresses', () => {
  it.each([
    ['IPv4-compatible loopback', '::7f00:1'],
    ['IPv4-compatible, dotted', '::127.0.0.1'],
    ['IPv4-compatible public address (deprecated range)', '::808:808'],
    ['IPv4-mapped private', '::ffff:10.0.0.1'],
    ['SIIT-translated loopback', '::ffff:0:7f00:1'],
    ['NAT64 metadata address', '64:ff9b::a9fe:a9fe'],
    ['NAT64 local-use prefix', '64:ff9b:1::808:808'],
    ['6to4 of a private network', '2002:c0a8:101::1'],
    ['6to4 of loopback', '2002:7f00:1::'],
    ['Teredo with a loopback client', '2001:0:808:808:0:0:80ff:fffe'],
    ['Teredo with a private server', '2001:0:a00:1:0:0:f7f7:f7f7'],
  ])('refuses %s (%s)', (_name, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ['NAT64 of a public address', '64:ff9b::808:808'],
    ['6to4 of a public address', '2002:808:808::1'],
    ['Teredo with public server and client', '2001:0:4136:e378:8000:63bf:f7f7:fbfb'],
  ])('allows %s (%s)', (_name, address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('refuses a source URL written with an IPv6 spelling of loopback', async () => {
    await expect(assertFetchableUrl('http://[::7f00:1]/', false)).rejects.toThrowError(/non-public/);
    await expect(assertFetchableUrl('http://[2002:7f00:1::]:8080/', false)).rejects.toThrowError(
      /non-public/,
    );
  });
});
