import {translate} from '@docusaurus/Translate';
import type {KbIntl} from '@theme/useKbIntl';

/** "3 pages · 1 item" in the reader's language, each count with its own plural form. */
export function pageItemCounts(intl: KbIntl, pages: number, items: number): string {
  return translate(
    {
      id: 'theme.kb.indexes.sdg.counts',
      message: '{pages} · {items}',
      description: 'The page and item counts of an SDG or a nexus area, e.g. "3 pages · 12 items"',
    },
    {
      pages: intl.plural(
        translate({
          id: 'theme.kb.indexes.count.pages',
          message: '{count} page|{count} pages',
          description: 'A count of pages; plural forms separated by |',
        }),
        pages,
      ),
      items: intl.plural(
        translate({
          id: 'theme.kb.indexes.count.items',
          message: '{count} item|{count} items',
          description: 'A count of status items; plural forms separated by |',
        }),
        items,
      ),
    },
  );
}
