import { describe, expect, it } from 'vitest';
import { combineDayAndTime, dateHeader, oldestFirst, parseDate, sortableTime, timeOrder } from '@/lib/dom/dates';

describe('parseDate', () => {
  it.each([
    ['2026-11-12T09:14:00Z', '2026-11-12T09:14:00.000Z'],
    ['Tue, 12 Nov 2026 10:14:00 +0100', '2026-11-12T09:14:00.000Z'],
    ['12 Nov 2026, 10:14', '2026-11-12T10:14:00'],
    ['November 12, 2026 at 10:14 PM', '2026-11-12T22:14:00'],
    ['11/12/2026 9:41 am', '2026-11-12T09:41:00'],
    ['12/11/2026 10:14', '2026-11-12T10:14:00'],
    ['mar. 12 nov. 2026 à 10h14', '2026-11-12T10:14:00'],
    ['Dienstag, 12. November 2026 um 10:14 Uhr', '2026-11-12T10:14:00'],
    ['12.11.2026 10:14', '2026-11-12T10:14:00'],
    ['12 de noviembre de 2026, 10:14', '2026-11-12T10:14:00'],
    ['12 noiembrie 2026, 10:14', '2026-11-12T10:14:00'],
    ['1er décembre 2026', '2026-12-01'],
  ])('parses the date “%s”', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it('tells relative and time-only dates without inventing a day', () => {
    expect(parseDate('vor 3 Tagen')).toMatchObject({ kind: 'relative', iso: null });
    expect(parseDate('il y a 2 heures')).toMatchObject({ kind: 'relative', iso: null });
    expect(parseDate('10:14')).toMatchObject({ kind: 'time', iso: null, time: { h: 10, mi: 14, s: 0 } });
    expect(parseDate('Colissimo 6A23456789012')).toBeNull();
  });


  it('reads partial dates (no year) without an ISO value, and finds the date inside a longer text', () => {
    expect(parseDate('12 Nov, 10:14')).toMatchObject({ kind: 'partial', iso: null, time: { h: 10, mi: 14, s: 0 } });
    expect(parseDate('Sent: 12 Nov 2026')).toMatchObject({ kind: 'date', iso: '2026-11-12', index: 6 });
  });

  it('rejects impossible days and times', () => {
    expect(parseDate('31.02.2026')).toBeNull();
    expect(parseDate('12.11.2026 25:10')).toBeNull();
  });
});

describe('dateHeader', () => {
  it('takes a text that is mostly a date, with what is left beside it', () => {
    expect(dateHeader('Marie Dupont · 12 Nov 2026, 10:14')).toMatchObject({ iso: '2026-11-12T10:14:00', rest: 'Marie Dupont' });
    expect(dateHeader('mar. 12 nov. 2026 à 10h14')).toMatchObject({ iso: '2026-11-12T10:14:00', rest: '' });
  });

  it('does not take a sentence that mentions a date', () => {
    expect(dateHeader('I ordered on 12 Nov 2026 and nothing came.')).toBeNull();
    expect(dateHeader('')).toBeNull();
  });
});

describe('combineDayAndTime', () => {
  it('puts a time of day on the day of a day header', () => {
    expect(combineDayAndTime('2026-11-12', { h: 9, mi: 5, s: 0 })).toBe('2026-11-12T09:05:00');
    expect(combineDayAndTime('2026-11-12T00:00:00', { h: 23, mi: 59, s: 7 })).toBe('2026-11-12T23:59:07');
  });
});

describe('sortableTime', () => {
  it('reads day-first dotted dates and what Date.parse reads', () => {
    expect(sortableTime('19.11.2026 07:30')).toBe(Date.UTC(2026, 10, 19, 7, 30));
    expect(sortableTime('03.11.2026')).toBe(Date.UTC(2026, 10, 3));
    expect(sortableTime('2026-11-03T10:42:00Z')).toBe(Date.UTC(2026, 10, 3, 10, 42));
    expect(sortableTime('yesterday')).toBeNull();
  });
});

describe('timeOrder', () => {
  it.each([
    [[1, 2, 2, 3], 'ascending'],
    [[3, null, 1], 'descending'],
    [['2026-11-12T10:00', '2026-11-11T09:00'], 'descending'],
    [[1, 3, 2], 'unknown'],
    [[5, 5], 'unknown'],
    [[7, null], 'unknown'],
    [[], 'unknown'],
  ] as const)('%j runs %s', (times, order) => {
    expect(timeOrder(times)).toBe(order);
  });
});

describe('oldestFirst', () => {
  const at = (item: { at: number | null }) => item.at;
  const items = (...times: (number | null)[]) => times.map((t, i) => ({ id: i, at: t }));
  const ids = (list: readonly { id: number }[]) => list.map((x) => x.id);

  it('reverses items whose times run newest first, and keeps those that run oldest first', () => {
    expect(ids(oldestFirst(items(3, null, 1), at, 'keep'))).toEqual([2, 1, 0]);
    expect(ids(oldestFirst(items(1, null, 3), at, 'reverse'))).toEqual([0, 1, 2]);
  });

  it('does what the page usually does when the times cannot tell', () => {
    expect(ids(oldestFirst(items(null, 4, null), at, 'keep'))).toEqual([0, 1, 2]);
    expect(ids(oldestFirst(items(null, 4, null), at, 'reverse'))).toEqual([2, 1, 0]);
    expect(ids(oldestFirst(items(1, 3, 2), at, 'reverse'))).toEqual([2, 1, 0]);
  });

  it('returns a new array', () => {
    const list = items(1, 2);
    expect(oldestFirst(list, at, 'keep')).not.toBe(list);
  });
});
