import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Bearer tokens (sessions, share links, invites, sign-in challenges) are stored only as SHA-256
 * hashes: a copy of the database alone cannot be used to sign in or open a link. The tokens carry
 * 256 random bits, so an unsalted fast hash is enough (OWASP session management cheat sheet).
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** A new bearer token with 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * A session's CSRF token, derived from its cookie token by HMAC-SHA256 (OWASP CSRF cheat sheet,
 * "signed double-submit"): the page can always be handed it again from the cookie, while the
 * database keeps only its SHA-256 hash, like every other token.
 */
export const csrfTokenFor = (sessionToken: string): string =>
  createHmac('sha256', sessionToken).update('offramp csrf token v1').digest('base64url');

/** Compares two tokens in constant time by their hashes, so neither length nor prefix leaks. */
export const sameToken = (given: string, expected: string): boolean =>
  timingSafeEqual(
    createHash('sha256').update(given).digest(),
    createHash('sha256').update(expected).digest(),
  );
