import { describe, expect, it } from 'vitest';
import { inferDayFirst, parseCurrency, parseDate, parseEmail, parseMoney, parseQuantity, unitPrice } from '@/lib/orders/values';

describe('money', () => {
  it.each([
    ['189.00', '189.00', null],
    ['189', '189.00', null],
    ['1,234.56', '1234.56', null],
    ['1.234,56', '1234.56', null],
    ['1 234,56 €', '1234.56', 'EUR'],
    ['€129.00', '129.00', 'EUR'],
    ['129,00 €', '129.00', 'EUR'],
    ['£74.5', '74.50', 'GBP'],
    ['EUR 59.90', '59.90', 'EUR'],
    ['$1,250', '1250.00', null],
    ['-10.00', '-10.00', null],
    ['(10.00)', '-10.00', null],
    ['0.125', '0.125', null],
    ['1,5', '1.50', null],
  ])('reads %s', (raw, amount, currency) => {
    expect(parseMoney(raw)).toEqual({ amount, currency });
  });

  it.each(['', 'abc', '12.34.56,7,8', '1,23,45', '--5', '€', 'twelve', '1.2.3'])('refuses %j', (raw) => {
    expect(parseMoney(raw)).toBeNull();
  });

  it('divides a line total into a unit price', () => {
    expect(unitPrice('40.00', 3)).toBe('13.33');
    expect(unitPrice('40.00', 1)).toBe('40.00');
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-09 14:32:10 +0000', '2026-11-09T14:32:10+00:00'],
    ['2026-11-09 14:32:10 +0100', '2026-11-09T14:32:10+01:00'],
    ['2026-11-09T14:32:10Z', '2026-11-09T14:32:10Z'],
    ['2026-11-09T14:32:10.123456-05:00', '2026-11-09T14:32:10.123-05:00'],
    ['2026-11-12 10:15:00', '2026-11-12T10:15:00'],
    ['2026-11-12 10:15', '2026-11-12T10:15:00'],
    ['2026-11-12', '2026-11-12'],
    ['12/11/2026 10:15', '2026-11-12T10:15:00'],
    ['12.11.2026', '2026-11-12'],
    ['9 November 2026', '2026-11-09'],
    ['Nov 9, 2026 10:12 am', '2026-11-09T10:12:00'],
    ['November 9th, 2026 at 3:05 p.m.', '2026-11-09T15:05:00'],
    ['Sept 30 2026', '2026-09-30'],
  ])('reads %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('reads month-first dates when told, with AM/PM', () => {
    expect(parseDate('11/12/2026 10:15 PM', false)).toBe('2026-11-12T22:15:00');
    expect(parseDate('11/12/2026 12:05 AM', false)).toBe('2026-11-12T00:05:00');
  });

  it.each(['', 'yesterday', '31 Nov 2026', 'Mayo 3 2026', '2026-13-01', '2026-02-30', '31/31/2026', '2026-11-09 25:00', '45384.34789351852'])('refuses %j', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('tells day-first from month-first columns by their values', () => {
    expect(inferDayFirst(['01/02/2026', '11/30/2026'])).toBe(false);
    expect(inferDayFirst(['01/02/2026', '30/11/2026'])).toBe(true);
    expect(inferDayFirst(['01/02/2026'])).toBe(true);
  });
});

describe('other values', () => {
  it('checks e-mails, quantities and currencies', () => {
    expect(parseEmail(' Emma.Thompson@example.com ')).toBe('Emma.Thompson@example.com');
    expect(parseEmail('mailto:a@b.co')).toBe('a@b.co');
    expect(parseEmail('emma at example.com')).toBeNull();
    expect(parseEmail('a@b')).toBeNull();
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('2.0')).toBe(2);
    expect(parseQuantity('2.5')).toBeNull();
    expect(parseQuantity('two')).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
    expect(parseCurrency('eur')).toBe('EUR');
    expect(parseCurrency('€')).toBe('EUR');
    expect(parseCurrency('euro')).toBeNull();
  });
});
