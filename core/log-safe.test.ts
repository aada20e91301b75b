import { describe, expect, it } from 'vitest';
import { logSafe } from './log-safe';

describe('logSafe', () => {
  it('cannot be used to start a forged log line', () => {
    const out = logSafe('GET /\r\n{"level":30,"msg":"admin logged in"}');
    expect(out).not.toMatch(/[\r\n]/);
    expect(out).toContain('\\u000d\\u000a');
  });

  it('neutralises terminal escape sequences', () => {
    expect(logSafe('\u001b[2Jcleared')).toBe('\\u001b[2Jcleared');
  });

  it('cuts long values', () => {
    expect(logSafe('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('leaves ordinary text alone', () => {
    expect(logSafe('Fraud Investigator – Remote')).toBe('Fraud Investigator – Remote');
  });
});
