import { describe, expect, it } from 'vitest';
import { relativePostedDate, toIsoDate } from './dates';

describe('toIsoDate', () => {
  it.each([
    [1712000000000, '2024-04-01T19:33:20.000Z'],
    ['2022-03-25T11:18:12.4200', '2022-03-25T11:18:12.420Z'],
    ['2026-04-20T22:43:56.531+00:00', '2026-04-20T22:43:56.531Z'],
    ['2026-05-01', '2026-05-01T00:00:00.000Z'],
    ['Tue, 04 Dec 2012 05:00:00:0 UTC', '2012-12-04T05:00:00.000Z'],
    ['Wed, 15 Oct 2025 14:30:00 -0400', '2025-10-15T18:30:00.000Z'],
    ['12/04/2012', '2012-12-04T00:00:00.000Z'],
  ])('reads %j', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });

  it.each(['Continuous', 'Open Until Filled', 'soon', '', null])('gives null for %j', (value) => {
    expect(toIsoDate(value)).toBeNull();
  });
});

describe('relativePostedDate', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it.each([
    ['Posted Today', '2026-11-22'],
    ['Posted Yesterday', '2026-11-21'],
    ['Posted 3 Days Ago', '2026-11-19'],
    ['Posted 30+ Days Ago', '2026-10-23'],
  ])('reads %j', (text, day) => {
    expect(relativePostedDate(text, now)?.slice(0, 10)).toBe(day);
  });
});
