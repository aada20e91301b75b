import { z } from 'zod';

/** An adviser account as the API shows it: never a password hash or a second-factor secret. */
export const adviserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['adviser', 'admin']),
});

/** The refusals of every route behind the session check (api/auth/session-middleware.ts). */
export const SIGNED_IN = {
  401: 'Not signed in, or the session has ended',
} as const;

/** Admin routes add a refusal for advisers and for admins without a second factor. */
export const ADMIN = {
  ...SIGNED_IN,
  403: 'Not an admin, or an admin without a second factor set up (or, on a change, no valid X-CSRF-Token)',
} as const;

/** A route that changes something and checks the session's CSRF token. */
export const SIGNED_IN_CHANGE = {
  ...SIGNED_IN,
  403: 'The X-CSRF-Token header is missing or is not this session’s',
} as const;

/** Per-client limits answer 429 with Retry-After (api/middleware/rate-limit.ts). */
export const tooMany = (what: string) => ({
  429: `Too many ${what} from this client; Retry-After says when to try again`,
});
