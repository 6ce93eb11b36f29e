import {
  daysBetween,
  formatLongDate,
  formatMonthYear,
  formatNumber,
  formatPercent,
  formatPlural,
  intlLocaleOf,
  kbIntlOf,
  pluralFormsOf,
  selectPlural,
} from '../intl.js';

const LOCALES = ['en-GB', 'fr', 'ru'];
// The no-break spaces Intl writes, made visible: U+202F (French) and U+00A0 (Russian).
const shown = (text: string) => text.replace(/\u202f/g, '<NNBSP>').replace(/\u00a0/g, '<NBSP>');
const each = (format: (locale: string) => string) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, shown(format(locale))]));

describe('intlLocaleOf', () => {
  it('formats for the htmlLang of the current locale, else its name', () => {
    const localeConfigs = {en: {htmlLang: 'en-GB'}, fr: {htmlLang: 'fr'}, ru: {}};
    expect(intlLocaleOf({currentLocale: 'en', localeConfigs})).toBe('en-GB');
    expect(intlLocaleOf({currentLocale: 'ru', localeConfigs})).toBe('ru');
    expect(intlLocaleOf({currentLocale: 'de', localeConfigs})).toBe('de');
  });
});

describe('numbers', () => {
  it('groups digits as each language does', () => {
    expect(each((locale) => formatNumber(1234567, locale))).toMatchInlineSnapshot(`
     {
       "en-GB": "1,234,567",
       "fr": "1<NNBSP>234<NNBSP>567",
       "ru": "1<NBSP>234<NBSP>567",
     }
    `);
  });

  it('writes percentages with the locale’s sign and spacing, rounded', () => {
    expect(each((locale) => formatPercent(0.456, locale))).toMatchInlineSnapshot(`
     {
       "en-GB": "46%",
       "fr": "46<NBSP>%",
       "ru": "46<NBSP>%",
     }
    `);
  });

  it('falls back to plain digits for a malformed locale', () => {
    expect(formatNumber(1234, 'not a locale!')).toBe('1234');
    expect(formatPercent(0.5, 'not a locale!')).toBe('50%');
  });
});

describe('dates', () => {
  it('writes a long date in each language', () => {
    expect(each((locale) => formatLongDate('2026-12-01', locale))).toMatchInlineSnapshot(`
     {
       "en-GB": "1 December 2026",
       "fr": "1 décembre 2026",
       "ru": "1 декабря 2026 г.",
     }
    `);
  });

  it('writes a month and its year (Russian in the nominative: "декабрь 2018 г.")', () => {
    expect(each((locale) => formatMonthYear('2018-12', locale))).toMatchInlineSnapshot(`
     {
       "en-GB": "December 2018",
       "fr": "décembre 2018",
       "ru": "декабрь 2018 г.",
     }
    `);
  });

  it('returns what is not a date unchanged', () => {
    expect(formatLongDate('2026-13-45x', 'fr')).toBe('2026-13-45x');
    expect(formatLongDate('tbc', 'ru')).toBe('tbc');
    expect(formatMonthYear('soon', 'fr')).toBe('soon');
  });

  it('counts whole days between two days, across a leap day and backwards', () => {
    expect(daysBetween('2024-02-28', '2024-03-31')).toBe(32);
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1);
    expect(daysBetween('2026-12-01', 'tbc')).toBeUndefined();
  });
});

describe('plurals', () => {
  it('lists each language’s forms in Docusaurus’s order', () => {
    expect(Object.fromEntries(LOCALES.map((l) => [l, pluralFormsOf(l).join('|')])))
      .toMatchInlineSnapshot(`
     {
       "en-GB": "one|other",
       "fr": "one|many|other",
       "ru": "one|few|many|other",
     }
    `);
  });

  it('picks the Russian one / few / many forms', () => {
    const days = '{count} день|{count} дня|{count} дней|{count} дня';
    const picked = [1, 2, 5, 11, 21, 22, 25, 101, 1.5].map(
      (count) => `${count}: ${selectPlural(days, count, 'ru').replace('{count}', String(count))}`,
    );
    expect(picked).toMatchInlineSnapshot(`
     [
       "1: 1 день",
       "2: 2 дня",
       "5: 5 дней",
       "11: 11 дней",
       "21: 21 день",
       "22: 22 дня",
       "25: 25 дней",
       "101: 101 день",
       "1.5: 1.5 дня",
     ]
    `);
  });

  it('treats 0 and 1 as singular in French, not in English', () => {
    const fr = 'en retard de {count} jour|en retard de {count} jours';
    const en = 'overdue by one day|overdue by {count} days';
    expect([0, 1, 2].map((n) => selectPlural(fr, n, 'fr'))).toMatchInlineSnapshot(`
     [
       "en retard de {count} jour",
       "en retard de {count} jour",
       "en retard de {count} jours",
     ]
    `);
    expect([0, 1, 2].map((n) => selectPlural(en, n, 'en-GB'))).toMatchInlineSnapshot(`
     [
       "overdue by {count} days",
       "overdue by one day",
       "overdue by {count} days",
     ]
    `);
  });

  it('fills {count} in the locale’s digits after picking the form', () => {
    const pages = '{count} страница|{count} страницы|{count} страниц|{count} страницы';
    expect([1, 3, 12345].map((n) => shown(formatPlural(pages, n, 'ru')))).toMatchInlineSnapshot(`
     [
       "1 страница",
       "3 страницы",
       "12<NBSP>345 страниц",
     ]
    `);
    expect(formatPlural('{count} of {total}', 2, 'fr')).toBe('2 of {total}');
  });

  it('uses the last form when a message has fewer forms than the language', () => {
    expect(selectPlural('{count} items|{count} items', 5, 'ru')).toBe('{count} items');
    expect(selectPlural('no forms at all', 5, 'ru')).toBe('no forms at all');
  });
});

describe('kbIntlOf', () => {
  it('binds every formatter to one locale', () => {
    const intl = kbIntlOf('fr');
    expect(
      [
        intl.locale,
        intl.number(12500),
        intl.percent(1),
        intl.longDate('2019-06-30'),
        intl.monthYear('2019-06-30'),
        intl.plural('un jour|{count} jours', 2),
      ].map(shown),
    ).toMatchInlineSnapshot(`
     [
       "fr",
       "12<NNBSP>500",
       "100<NBSP>%",
       "30 juin 2019",
       "juin 2019",
       "2 jours",
     ]
    `);
  });
});
