// The reader's language: which locale a site is read in, and what a message calls a language.
import {SDG_LOCALES} from './sdg.js';

/** The locale settings of a read, as Docusaurus's `context.i18n` gives them. */
export interface LocaleSettings {
  /** The locale pages are read in (`context.i18n.currentLocale`). */
  locale: string;
  /** The source language: pages in the docs folder are written in it (`i18n.defaultLocale`). */
  defaultLocale: string;
  /** Every locale of the site (`i18n.locales`): the keys registries may translate into. */
  locales: string[];
  /**
   * Whether `locales` is the site's own list (a Docusaurus build, `kb check`): only then is a registry
   * key outside it reported. A reader that does not know the site's locales reads any key.
   */
  known?: boolean;
}

const names = new Map<string, string>();

/** `English`, `French`, `Russian`: the language's English name for messages (the code when unknown). */
export function languageName(locale: string): string {
  let name = names.get(locale);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'}).of(locale);
    } catch {
      name = undefined; // Not a well-formed language tag: named by its code.
    }
    name ??= locale;
    names.set(locale, name);
  }
  return name;
}

/** The SDG data locale for `locale` (`fr-CA` reads `fr`), or `undefined` when none is shipped. */
export function sdgLocaleOf(locale: string): string | undefined {
  if (SDG_LOCALES.includes(locale)) return locale;
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  return SDG_LOCALES.includes(language) ? language : undefined;
}

/** The locale settings with defaults: English, alone, when nothing is said. */
export function normalizeLocales(
  given: Partial<LocaleSettings>,
): LocaleSettings & {known: boolean} {
  const defaultLocale = given.defaultLocale ?? 'en';
  const locale = given.locale ?? defaultLocale;
  const locales = [...new Set([defaultLocale, ...(given.locales ?? []), locale])];
  return {locale, defaultLocale, locales, known: given.locales !== undefined};
}
