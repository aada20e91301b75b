import { z } from 'zod';
import { adviserSchema, SIGNED_IN, SIGNED_IN_CHANGE, tooMany } from './common-answers';
import { documented } from './documented';

const signedInSchema = z.object({ adviser: adviserSchema, csrfToken: z.string().min(1) });
const signedInAnswer = {
  description: 'Signed in: the session cookie is set, and the CSRF token goes in X-CSRF-Token',
  schema: signedInSchema,
};
const throttled = { 429: 'Too many failed sign-ins for this account from this client, or from this client' };

export const loginDoc = documented({
  summary: 'Sign in with an email and password',
  json: {
    200: {
      description: 'Signed in, or (with a second factor) the challenge for the code step',
      schema: z.union([
        signedInSchema,
        z.object({ secondFactorRequired: z.literal(true), challenge: z.string().min(1) }),
      ]),
    },
  },
  errors: { 401: 'The email and password do not match an account', ...throttled },
});

export const secondStepDoc = documented({
  summary: 'Finish signing in with an authenticator code or a recovery code',
  json: { 200: signedInAnswer },
  errors: { 401: 'The challenge has expired, or the code is not right', ...throttled },
});

export const meDoc = documented({
  summary: 'The signed-in adviser, their CSRF token and second-factor state',
  json: {
    200: {
      description: 'The session',
      schema: z.object({
        adviser: adviserSchema,
        csrfToken: z.string().min(1),
        secondFactor: z.object({
          enabled: z.boolean(),
          required: z.boolean(),
          recoveryCodesLeft: z.number().int().min(0),
        }),
      }),
    },
  },
  errors: SIGNED_IN,
});

export const logoutDoc = documented({
  summary: 'Sign out of this session',
  json: { 200: { description: 'Signed out', schema: z.object({ signedOut: z.literal(true) }) } },
  errors: SIGNED_IN_CHANGE,
});

export const logoutEverywhereDoc = documented({
  summary: 'Sign out of every session of this account',
  json: {
    200: {
      description: 'How many sessions ended',
      schema: z.object({ sessionsEnded: z.number().int().min(0) }),
    },
  },
  errors: SIGNED_IN_CHANGE,
});

export const passwordDoc = documented({
  summary: 'Change the password; every other session ends',
  json: {
    200: {
      description: 'Changed; this session goes on with a new CSRF token',
      schema: z.object({ changed: z.literal(true), csrfToken: z.string().min(1) }),
    },
  },
  errors: { ...SIGNED_IN, 403: 'The current password does not match, or no valid X-CSRF-Token' },
});

export const setupSecondFactorDoc = documented({
  summary: 'Start setting up an authenticator app (RFC 6238)',
  json: {
    200: {
      description: 'The secret, and the otpauth URI a QR code shows',
      schema: z.object({ secret: z.string().min(1), uri: z.string().startsWith('otpauth://') }),
    },
  },
  errors: { ...SIGNED_IN_CHANGE, 409: 'An authenticator app is already set up' },
});

const recoveryCodes = z.array(z.string().min(1)).min(1);

export const enableSecondFactorDoc = documented({
  summary: 'Confirm the authenticator app with its first code',
  json: {
    200: {
      description: 'Enabled, with recovery codes shown this once',
      schema: z.object({ enabled: z.literal(true), recoveryCodes }),
    },
  },
  errors: {
    ...SIGNED_IN_CHANGE,
    400: 'The code is not right, or was already used',
    409: 'Already set up, or setup not started',
  },
});

export const recoveryCodesDoc = documented({
  summary: 'Replace the recovery codes',
  json: { 200: { description: 'The new codes, shown this once', schema: z.object({ recoveryCodes }) } },
  errors: {
    ...SIGNED_IN_CHANGE,
    400: 'The code is not right, or was already used',
    409: 'No authenticator app is set up',
  },
});

export const disableSecondFactorDoc = documented({
  summary: 'Turn the second factor off (advisers only)',
  json: { 200: { description: 'Turned off', schema: z.object({ enabled: z.literal(false) }) } },
  errors: {
    ...SIGNED_IN,
    403: 'Admins must keep a second factor, the password does not match, or no valid X-CSRF-Token',
  },
});

export const inviteDoc = documented({
  summary: 'Whether an invite link is open, and for which role',
  json: {
    200: { description: 'The invite is open', schema: z.object({ role: z.enum(['adviser', 'admin']) }) },
  },
  errors: { 404: 'The link is not valid, has expired, was used or was withdrawn' },
});

export const acceptInviteDoc = documented({
  summary: 'Join by invite: create the account and sign in',
  json: { 201: signedInAnswer },
  errors: {
    404: 'The link is not valid, has expired, was used or was withdrawn',
    409: 'An account with this email exists already',
    ...tooMany('invite attempts'),
  },
});
