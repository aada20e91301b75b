import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238): HMAC-SHA1, six digits, 30-second steps, which is what
 * every common authenticator app expects. One step either side is accepted for clock drift, as the
 * RFC's section 5.2 suggests; the accepted step is returned so the caller can refuse a replay.
 */
const totpFor = (secret: string, label = 'adviser') =>
  new TOTP({
    issuer: 'Offramp',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/** A new 160-bit secret (RFC 4226 section 4 recommends 160 bits), in base32 for manual entry. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// URI an authenticator app reads from a QR code. */
export const totpUri = (secret: string, label: string): string => totpFor(secret, label).toString();

/**
 * The time step the code belongs to, or null when it is wrong. A step at or before `lastStep` has
 * been used already and is refused.
 */
export function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const totp = totpFor(secret);
  const delta = totp.validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = totp.counter({ timestamp: now }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The current code; tests and the demo use it to act as an authenticator app. */
export const currentTotp = (secret: string, now = Date.now()): string =>
  totpFor(secret).generate({ timestamp: now });
