import {useMemo} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {intlLocaleOf, kbIntlOf, type KbIntl} from '@kmportal/model/intl';

/**
 * Numbers, percentages, dates and plural forms in the reader's locale (its `htmlLang`, e.g. `fr`, `ru`):
 * the one place theme components format through `Intl`.
 */
export default function useKbIntl(): KbIntl {
  const {i18n} = useDocusaurusContext();
  const locale = intlLocaleOf(i18n);
  return useMemo(() => kbIntlOf(locale), [locale]);
}
