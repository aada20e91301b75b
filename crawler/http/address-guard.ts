import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { BlockedAddressError } from './errors';

/**
 * Only public unicast addresses may be fetched. Loopback, private (RFC 1918, RFC 4193), link-local
 * (cloud metadata at 169.254.169.254), CGNAT, multicast and reserved ranges are refused unless
 * ALLOW_PRIVATE_HOSTS is set for development (OWASP SSRF prevention cheat sheet).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
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
export async function assertFetchableUrl(raw: string, allowPrivate: boolean): Promise<void> {
  if (!URL.canParse(raw)) throw new BlockedAddressError(`"${raw}" is not a URL`);
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BlockedAddressError('only http and https URLs can be crawled');
  if (url.username || url.password) throw new BlockedAddressError('URLs with credentials are not accepted');
  if (allowPrivate) return;
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
