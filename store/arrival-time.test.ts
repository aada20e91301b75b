import { describe, expect, it } from 'vitest';
import { arrivalTime } from './arrival-time';

describe('arrivalTime', () => {
  it('hands out strictly later instants even within one millisecond', () => {
    const same = new Date('2030-01-01T00:00:00.000Z');
    expect([arrivalTime(same), arrivalTime(same), arrivalTime(same)]).toEqual([
      '2030-01-01T00:00:00.000Z',
      '2030-01-01T00:00:00.001Z',
      '2030-01-01T00:00:00.002Z',
    ]);
  });

  it('follows the clock once it has moved past the last instant', () => {
    expect(arrivalTime(new Date('2030-06-01T12:00:00.000Z'))).toBe('2030-06-01T12:00:00.000Z');
  });
});
