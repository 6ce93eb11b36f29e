import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {intlLocaleOf, kbIntlOf, type KbIntl} from '@kmportal/model/intl';

/** `format` remembering each text it made: a page's cards repeat the same few dates. */
function remembered(format: (date: string) => string): (date: string) => string {
  const texts = new Map<string, string>();
  return (date) => {
    let text = texts.get(date);
    if (text === undefined) {
      text = format(date);
      texts.set(date, text);
    }
    return text;
  };
}

/** The formatters of `locale`, dates remembered. */
function createKbIntl(locale: string): KbIntl {
  const intl = kbIntlOf(locale);
  return {...intl, longDate: remembered(intl.longDate), monthYear: remembered(intl.monthYear)};
}

// One set of formatters per locale for the whole app: every date and number on a page asks for them.
const byLocale = new Map<string, KbIntl>();

/**
 * Numbers, percentages, dates and plural forms in the reader's locale (its `htmlLang`, e.g. `fr`, `ru`):
 * the one place theme components format through `Intl`.
 */
export default function useKbIntl(): KbIntl {
  const {i18n} = useDocusaurusContext();
  const locale = intlLocaleOf(i18n);
  let intl = byLocale.get(locale);
  if (!intl) {
    intl = createKbIntl(locale);
    byLocale.set(locale, intl);
  }
  return intl;
}
