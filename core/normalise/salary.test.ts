import { describe, expect, it } from 'vitest';
import { normaliseSalary, parseAmount } from './salary';

describe('normaliseSalary', () => {
  it('annualises an hourly range at 2,080 hours', () => {
    expect(normaliseSalary({ min: 25, max: 30, currency: 'usd', period: 'HOUR' })).toEqual({
      min: 25,
      max: 30,
      currency: 'USD',
      period: 'hour',
      annualMin: 52000,
      annualMax: 62400,
    });
  });

  it.each([
    ['Per Year', 'year'],
    ['PA', 'year'],
    ['PH', 'hour'],
    ['Annually', 'year'],
    ['Hourly', 'hour'],
    ['per-year-salary', 'year'],
    ['MONTH', 'month'],
  ])('reads the period %j', (period, expected) => {
    expect(normaliseSalary({ min: 50, max: 60, period })?.period).toBe(expected);
  });

  it('turns a bi-weekly figure into a weekly one', () => {
    expect(normaliseSalary({ min: 3000, max: 3000, period: 'BW' })).toMatchObject({
      period: 'week',
      min: 1500,
      annualMin: 78000,
    });
  });

  it('guesses the period from the size when none is given', () => {
    expect(normaliseSalary({ min: 85000, max: 110000 })?.period).toBe('year');
    expect(normaliseSalary({ min: 22.5, max: null })?.period).toBe('hour');
  });

  it('swaps a reversed range and ignores an empty one', () => {
    expect(normaliseSalary({ min: 90000, max: 70000, period: 'YEAR' })).toMatchObject({
      min: 70000,
      max: 90000,
    });
    expect(normaliseSalary({ min: null, max: null })).toBeNull();
  });
});

describe('parseAmount', () => {
  it.each([
    ['97738.0', 97738],
    ['$62,000', 62000],
    ['85k', 85000],
    ['', null],
    ['Depends on experience', null],
  ])('reads %j', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});
