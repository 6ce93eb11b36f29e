import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import KbItemList from '@theme/KbItemList';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import type {Props} from '@theme/KbKeyActions';

/** The key actions of a goal or nexus area, counted apart from its items; the rest in the dashboard. */
export default function KbKeyActions(props: Props): ReactNode {
  const {actions, count, counts, href, statuses} = props;
  if (count === 0) return null;
  return (
    <section>
      <Heading as="h2" id="key-actions">
        {translate(
          {
            id: 'theme.kb.indexes.keyActions.heading',
            message: 'Key actions ({count})',
            description: 'Heading of the key actions of a goal or nexus area page',
          },
          {count},
        )}
      </Heading>
      <p>
        <Translate id="theme.kb.indexes.keyActions.intro">
          Key actions of recommendations, counted apart from the items above: an action belongs here
          when it or its recommendation is tagged.
        </Translate>
      </p>
      <KbStatusBreakdown counts={counts} />
      <KbItemList items={actions} statuses={statuses} />
      {count > actions.length && (
        <p>
          <Link to={href}>
            {translate(
              {
                id: 'theme.kb.indexes.keyActions.more',
                message: 'All {count} key actions in the status dashboard',
              },
              {count},
            )}
          </Link>
        </p>
      )}
    </section>
  );
}
