import { z } from 'zod';

/** Receipt codes a person can read out: no 0/O, 1/I/L or U/V look-alikes. */
export const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/**
 * A receipt code as typed, in its one stored form ("ABCD-EFGH-JKMN"): any case, with or without the
 * dashes, with stray spaces. Null when it cannot be a receipt code at all.
 */
export function normaliseReceipt(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
  if (compact.length !== 12 || [...compact].some((ch) => !RECEIPT_ALPHABET.includes(ch))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

export const receiptCodeSchema = z
  .string({ error: 'type the receipt code you were given' })
  .max(40, 'is longer than a receipt code')
  .transform((typed, ctx) => {
    const code = normaliseReceipt(typed);
    if (code) return code;
    ctx.addIssue({
      code: 'custom',
      message: 'a receipt code has 12 letters and digits, such as ABCD-EFGH-JKMN',
    });
    return z.NEVER;
  });
