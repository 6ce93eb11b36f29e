import {isPastDue, parseCalendarDate, parseDue} from '../due.js';

describe('parseDue', () => {
  test.each([
    ['2018-12-31', 'day', '2018-12-31', '2018-12-31'],
    ['2019-02', 'month', '2019-02-01', '2019-02-28'],
    ['2020-02', 'month', '2020-02-01', '2020-02-29'],
    ['2019', 'year', '2019-01-01', '2019-12-31'],
    ['2019-Q1', 'quarter', '2019-01-01', '2019-03-31'],
    ['2019-Q4', 'quarter', '2019-10-01', '2019-12-31'],
    ['2019-H1', 'half', '2019-01-01', '2019-06-30'],
    ['2019-H2', 'half', '2019-07-01', '2019-12-31'],
  ])('%s is a %s from %s to %s', (raw, kind, start, end) => {
    expect(parseDue(raw)).toEqual({ok: true, due: {raw, kind, start, end}});
  });

  test('tbc has no period', () => {
    expect(parseDue('tbc')).toEqual({ok: true, due: {raw: 'tbc', kind: 'tbc'}});
  });

  test('impossible dates say why', () => {
    expect(parseDue('2019-02-30')).toEqual({ok: false, reason: 'February 2019 has 28 days'});
    expect(parseDue('2019-02-29')).toMatchObject({ok: false});
    expect(parseDue('2020-02-29')).toMatchObject({ok: true});
    expect(parseDue('2026-04-31')).toEqual({ok: false, reason: 'April 2026 has 30 days'});
    expect(parseDue('2027-01-00')).toMatchObject({ok: false});
    // A year below 100 is that year, not 1900 + it.
    expect(parseDue('0050-03-01')).toMatchObject({ok: true, due: {start: '0050-03-01'}});
    expect(parseDue('2019-13')).toEqual({ok: false, reason: 'month `13` does not exist'});
    expect(parseDue('2019-00-10')).toEqual({ok: false, reason: 'month `0` does not exist'});
    expect(parseDue('2019-Q5')).toMatchObject({ok: false});
    expect(parseDue('2019-H3')).toMatchObject({ok: false});
    expect(parseDue('31/12/2019')).toMatchObject({ok: false});
  });

  test('a period is overdue only after its last day', () => {
    const h1 = parseDue('2019-H1');
    if (!h1.ok) throw new Error('expected a period');
    expect(isPastDue(h1.due, '2019-06-30')).toBe(false);
    expect(isPastDue(h1.due, '2019-07-01')).toBe(true);
    expect(isPastDue({raw: 'tbc', kind: 'tbc'}, '2100-01-01')).toBe(false);
  });

  test('calendar dates accept days only', () => {
    expect(parseCalendarDate('2018-12-31')).toMatchObject({ok: true});
    expect(parseCalendarDate('2018-12')).toMatchObject({ok: false});
  });
});
