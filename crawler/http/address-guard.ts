import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns';
import ipaddr from 'ipaddr.js';
import type { PrivateHosts } from '../../core/private-hosts';
import { allowsPrivateUrl } from '../../core/private-hosts';
import { BlockedAddressError } from './errors';

/**
 * Only public unicast addresses may be fetched. Loopback, private (RFC 1918, RFC 4193), link-local
 * (cloud metadata at 169.254.169.254), CGNAT, multicast and reserved ranges are refused unless
 * ALLOW_PRIVATE_HOSTS is set for development (OWASP SSRF prevention cheat sheet). An IPv6 address
 * that carries an IPv4 address inside it is judged by that IPv4 address (see `embeddedIPv4`).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const embedded = embeddedIPv4(parsed as ipaddr.IPv6);
  if (embedded === 'private') return false;
  if (embedded) return embedded.every((v4) => v4.range() === 'unicast');
  return parsed.range() === 'unicast';
}

const v4 = (bytes: number[]) => new ipaddr.IPv4(bytes);
const allZero = (bytes: number[]) => bytes.every((b) => b === 0);

/**
 * The IPv4 addresses an IPv6 address stands for, when it is one of the IPv4-embedding forms:
 * IPv4-mapped `::ffff:a.b.c.d` (RFC 4291 2.5.5.2), SIIT `::ffff:0:a.b.c.d` (RFC 6145), NAT64
 * `64:ff9b::a.b.c.d` (RFC 6052), 6to4 `2002:aabb:ccdd::` (RFC 3056) and Teredo `2001:0::` with its
 * server and its bit-inverted client address (RFC 4380 4). The deprecated IPv4-compatible range
 * `::a.b.c.d` (RFC 4291 2.5.5.1), which includes `::1` and `::`, and NAT64's local-use prefix
 * `64:ff9b:1::/48` (RFC 8215) are private outright. `null`: no IPv4 inside.
 */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] | 'private' | null {
  const b = address.toByteArray();
  const word = (i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
  if (allZero(b.slice(0, 10)) && word(10) === 0xffff) return [v4(b.slice(12))];
  if (allZero(b.slice(0, 12))) return 'private';
  if (allZero(b.slice(0, 8)) && word(8) === 0xffff && word(10) === 0) return [v4(b.slice(12))];
  if (word(0) === 0x64 && word(2) === 0xff9b) {
    if (allZero(b.slice(4, 12))) return [v4(b.slice(12))];
    if (word(4) === 1) return 'private';
  }
  if (word(0) === 0x2002) return [v4(b.slice(2, 6))];
  if (word(0) === 0x2001 && word(2) === 0) {
    return [v4(b.slice(4, 8)), v4(b.slice(12).map((x) => ~x & 0xff))];
  }
  return null;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A drop-in for dns.lookup that refuses non-public answers. It runs at connect time for every
 * request and redirect, so DNS rebinding between a check and the fetch cannot slip through.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !isPublicAddress(a.address));
      if (bad && !allowPrivate) {
        return callback(
          Object.assign(
            new BlockedAddressError(`${hostname} resolves to a non-public address (${bad.address})`),
            {
              code: 'EBLOCKED',
            },
          ),
          '',
        );
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      return callback(null, first.address, first.family);
    });
  };
}

/** Checks a URL before it is stored as a source: scheme, credentials, and where its host resolves. */
export async function assertFetchableUrl(raw: string, allowPrivate: PrivateHosts): Promise<void> {
  if (!URL.canParse(raw)) throw new BlockedAddressError(`"${raw}" is not a URL`);
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BlockedAddressError('only http and https URLs can be crawled');
  if (url.username || url.password) throw new BlockedAddressError('URLs with credentials are not accepted');
  if (allowsPrivateUrl(allowPrivate, url)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host)
    ? [host]
    : await new Promise<string[]>((resolve, reject) =>
        lookup(host, { all: true }, (error, list) =>
          error ? reject(error) : resolve(list.map((a) => a.address)),
        ),
      );
  const bad = addresses.find((a) => !isPublicAddress(a));
  if (bad) throw new BlockedAddressError(`${url.hostname} resolves to a non-public address (${bad})`);
}
