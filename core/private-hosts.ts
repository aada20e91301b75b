import { z } from 'zod';

/**
 * Which non-public addresses the crawler may reach: none (`false`, the default), any (`true`, for
 * development), or only the listed sites (`host` for any port, `host:port` for one). The list form
 * lets a local test site or an intranet careers page be crawled while the address guard still
 * refuses every other private address, so a redirect or a script on that site cannot reach the
 * machine's other services (OWASP SSRF prevention cheat sheet: allow-list, not deny-list).
 */
export type PrivateHosts = boolean | readonly string[];

const ENTRY = /^(\[[0-9a-f:.]+\]|[^\s/:[\]@]+)(?::(\d{1,5}))?$/i;

/** `host` or `host:port` as the WHATWG URL parser spells the host (so `127.1` is `127.0.0.1`). */
export function privateHostEntry(raw: string): string | null {
  const match = ENTRY.exec(raw.trim());
  if (!match?.[1] || !URL.canParse(`http://${match[1]}/`)) return null;
  // A bare word is a mistyped flag ("ture"), not a site: a site has a dot, a port or brackets.
  if (match[2] === undefined && !/[.[]/.test(match[1]) && match[1].toLowerCase() !== 'localhost') return null;
  // IPv6 keeps its brackets, so `[::1]:8080` cannot be read as the address `::1:8080`.
  const host = new URL(`http://${match[1]}/`).hostname;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  return port === null ? host : `${host}:${port}`;
}

const FLAGS: Record<string, boolean> = {
  '': false,
  '0': false,
  false: false,
  no: false,
  off: false,
  '1': true,
  true: true,
  yes: true,
  on: true,
};

/** The environment variable: a flag, or a comma-separated list of sites. */
export const privateHostsSetting = z
  .string()
  .trim()
  .transform((value, ctx): PrivateHosts => {
    const flag = FLAGS[value.toLowerCase()];
    if (flag !== undefined) return flag;
    const entries = value.split(',').map(privateHostEntry);
    if (entries.some((entry) => entry === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be true/false or a comma-separated list of sites (host:port, or a dotted host name)',
      });
      return z.NEVER;
    }
    return entries as string[];
  });

/** Whether the policy lets this host and port (the scheme's default port spelled out) be private. */
export function allowsPrivate(policy: PrivateHosts, host: string, port: number): boolean {
  if (typeof policy === 'boolean') return policy;
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  const spelled = bare.includes(':') ? `[${bare}]` : bare;
  return policy.includes(spelled) || policy.includes(`${spelled}:${port}`);
}

/** `allowsPrivate` for a URL. */
export function allowsPrivateUrl(policy: PrivateHosts, url: URL): boolean {
  if (typeof policy === 'boolean') return policy;
  const port = Number(url.port) || (url.protocol === 'https:' || url.protocol === 'wss:' ? 443 : 80);
  return allowsPrivate(policy, url.hostname, port);
}
