import { config } from 'zod/v4/core';

/**
 * zod compiles fast validators with `new Function` unless told not to; the CSP forbids eval, so the
 * probe alone would raise a violation report. This runs before any schema is defined or used.
 */
config({ jitless: true });
