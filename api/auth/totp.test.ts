import { describe, expect, it } from 'vitest';
import { currentTotp, newTotpSecret, totpUri, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors (last six digits)', () => {
    expect(currentTotp(RFC_SECRET, 59_000)).toBe('287082');
    expect(currentTotp(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
    expect(currentTotp(RFC_SECRET, 1_234_567_890_000)).toBe('005924');
  });

  it('accepts a code from one step either side, and no further', () => {
    const now = 1_700_000_000_000;
    expect(verifyTotp(RFC_SECRET, currentTotp(RFC_SECRET, now - 30_000), null, now)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, currentTotp(RFC_SECRET, now + 30_000), null, now)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, currentTotp(RFC_SECRET, now - 90_000), null, now)).toBeNull();
  });

  it('refuses a code whose time step was already used', () => {
    const now = 1_700_000_000_000;
    const code = currentTotp(RFC_SECRET, now);
    const step = verifyTotp(RFC_SECRET, code, null, now);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(verifyTotp(RFC_SECRET, code, step, now)).toBeNull();
  });

  it('refuses malformed codes and tolerates a space in the middle', () => {
    const now = 1_700_000_000_000;
    const code = currentTotp(RFC_SECRET, now);
    expect(verifyTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, 'abcdef', null, now)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '12345', null, now)).toBeNull();
  });

  it('makes 160-bit secrets and an otpauth URI naming Offramp', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, 'a@example.org')).toMatch(
      /^otpauth:\/\/totp\/Offramp:a%40example\.org\?.*secret=/,
    );
  });
});
