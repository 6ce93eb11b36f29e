// Numbers, dates and plurals in the reader's locale, through `Intl` only: free of Node APIs, so theme
// components import it (`@kmportal/model/intl`) and format on the server and in the browser alike.

/** The part of Docusaurus's `i18n` context the formatters need. */
export interface LocaleContext {
  currentLocale: string;
  localeConfigs: Record<string, {htmlLang?: string} | undefined>;
}

/** The BCP 47 tag to format for: the locale's `htmlLang` (e.g. `en-GB`), else the locale's name. */
export function intlLocaleOf(i18n: LocaleContext): string {
  return i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
}

// One formatter per locale and kind: creating an `Intl` formatter costs far more than using it
// (a long-date formatter per call was 0.9 s of a 1,000-page build's static rendering).
const formatters = new Map<string, {format(value: number): string} | null>();

function cachedFormatter<T extends {format(value: number): string}>(
  key: string,
  create: () => T,
): T | null {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = create();
    } catch {
      // An unknown or malformed locale: the callers fall back to the unformatted value.
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter as T | null;
}

/** A count or a number with the locale's digits and grouping ("1,234"; French and Russian group with no-break spaces). */
export function formatNumber(value: number, locale: string): string {
  const formatter = cachedFormatter(`number:${locale}`, () => new Intl.NumberFormat(locale));
  return formatter ? formatter.format(value) : String(value);
}

/** A share between 0 and 1 as a whole percentage ("50%"; "50 %" with a no-break space in French and Russian). */
export function formatPercent(rate: number, locale: string): string {
  const formatter = cachedFormatter(
    `percent:${locale}`,
    () => new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0}),
  );
  return formatter ? formatter.format(rate) : `${Math.round(rate * 100)}%`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})/;

/** Formats `YYYY-MM-DD` as a long date ("1 December 2026", "1 décembre 2026"), else returns it unchanged. */
export function formatLongDate(date: string, locale: string): string {
  const match = DAY.exec(date);
  const formatter = match
    ? cachedFormatter(
        `date:${locale}`,
        () => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}),
      )
    : null;
  if (!match || !formatter) return date;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? date : formatter.format(time);
}

/** Formats the month of `YYYY-MM[-DD]` with its year ("December 2018", "décembre 2018"), else returns it. */
export function formatMonthYear(date: string, locale: string): string {
  const match = MONTH.exec(date);
  const formatter = match
    ? cachedFormatter(
        `month:${locale}`,
        () => new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'}),
      )
    : null;
  if (!match || !formatter) return date;
  return formatter.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

// Docusaurus's order of plural forms (`usePluralForm`), so one message format serves both.
const PLURAL_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralRules = new Map<
  string,
  {rules: Intl.PluralRules; forms: Intl.LDMLPluralRule[]} | null
>();

function pluralRulesOf(locale: string) {
  let entry = pluralRules.get(locale);
  if (entry === undefined) {
    try {
      const rules = new Intl.PluralRules(locale);
      const categories = rules.resolvedOptions().pluralCategories;
      entry = {rules, forms: PLURAL_ORDER.filter((form) => categories.includes(form))};
    } catch {
      entry = null;
    }
    pluralRules.set(locale, entry);
  }
  return entry;
}

/** The plural forms of `locale` in the order a `|`-separated message lists them (`one|few|many|other` in Russian). */
export function pluralFormsOf(locale: string): Intl.LDMLPluralRule[] {
  return pluralRulesOf(locale)?.forms ?? ['one', 'other'];
}

/**
 * Picks the form for `count` from a message whose forms are separated by `|`, in the order of
 * `pluralFormsOf(locale)` (Docusaurus's convention): `"one day|{count} days"` in English,
 * `"{count} день|{count} дня|{count} дней|{count} дня"` in Russian. A message with fewer forms
 * than the locale has uses its last one for the rest.
 */
export function selectPlural(message: string, count: number, locale: string): string {
  const parts = message.split('|');
  if (parts.length === 1) return message;
  const entry = pluralRulesOf(locale);
  const form = entry ? entry.rules.select(count) : count === 1 ? 'one' : 'other';
  const index = (entry?.forms ?? ['one', 'other']).indexOf(form);
  return parts[Math.min(index < 0 ? parts.length - 1 : index, parts.length - 1)]!;
}

/**
 * `selectPlural`, then `{count}` filled with the count in the locale's digits ("1 234 jours" with a no-break space); other
 * placeholders are left for `translate`'s values.
 */
export function formatPlural(message: string, count: number, locale: string): string {
  return selectPlural(message, count, locale).replaceAll('{count}', formatNumber(count, locale));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`, UTC); `undefined` if either is not a day. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = DAY.exec(from);
  const b = DAY.exec(to);
  if (!a || !b) return undefined;
  const start = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]));
  const end = Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  return Number.isNaN(start) || Number.isNaN(end)
    ? undefined
    : Math.round((end - start) / 86_400_000);
}

/** The formatters of one locale, as theme components use them (`@theme/useKbIntl` returns the reader's). */
export interface KbIntl {
  /** The BCP 47 tag formatted for. */
  locale: string;
  number(value: number): string;
  percent(rate: number): string;
  longDate(date: string): string;
  monthYear(date: string): string;
  /**
   * The form of a translated `|`-separated message for `count`, its `{count}` filled in the locale's
   * digits: `plural(translate({id, message: 'one page|{count} pages'}), n)`.
   */
  plural(message: string, count: number): string;
}

/** The formatters of `locale`. */
export function kbIntlOf(locale: string): KbIntl {
  return {
    locale,
    number: (value) => formatNumber(value, locale),
    percent: (rate) => formatPercent(rate, locale),
    longDate: (date) => formatLongDate(date, locale),
    monthYear: (date) => formatMonthYear(date, locale),
    plural: (message, count) => formatPlural(message, count, locale),
  };
}
