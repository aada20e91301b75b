import { describe, expect, it } from 'vitest';
import { normaliseReceipt, receiptCodeSchema } from './receipt-code';

describe('receipt codes as people type them', () => {
  it('accepts a code with or without dashes, in any case, with spaces', () => {
    for (const typed of ['ABCD-EFGH-JKMN', 'abcdefghjkmn', ' abcd efgh jkmn ', 'Abcd–Efgh–Jkmn'])
      expect(normaliseReceipt(typed), typed).toBe('ABCD-EFGH-JKMN');
  });

  it('refuses what cannot be a code, with a sentence that says what one looks like', () => {
    expect(normaliseReceipt('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseReceipt('ABCD-EFGH-JKM0')).toBeNull();
    const result = receiptCodeSchema.safeParse('hello');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'a receipt code has 12 letters and digits, such as ABCD-EFGH-JKMN',
    );
  });
});
