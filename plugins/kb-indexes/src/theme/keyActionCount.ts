import {translate} from '@docusaurus/Translate';
import type {KbIntl} from '@kmportal/model/intl';

/** "3 key actions" in the reader's language, with the locale's plural form. */
export function keyActionCount(intl: KbIntl, count: number): string {
  return intl.plural(
    translate({
      id: 'theme.kb.indexes.count.keyActions',
      message: '{count} key action|{count} key actions',
      description: 'A count of key actions, counted apart from items; plural forms separated by |',
    }),
    count,
  );
}
