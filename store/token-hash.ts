import { createHash, randomBytes } from 'node:crypto';

/**
 * Bearer tokens (sessions, share links, invites, sign-in challenges) are stored only as SHA-256
 * hashes: a copy of the database alone cannot be used to sign in or open a link. The tokens carry
 * 256 random bits, so an unsalted fast hash is enough (OWASP session management cheat sheet).
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** A new bearer token with 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');
