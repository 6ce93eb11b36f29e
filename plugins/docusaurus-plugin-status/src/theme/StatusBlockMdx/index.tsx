import React, {type ReactNode} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import StatusBlock, {type Props as StatusBlockProps} from '@theme/StatusBlock';
import useCardLinks from '@theme/useCardLinks';
import type {Props} from '@theme/StatusBlockMdx';
import {
  decodeCard,
  resolveCard,
  type CardCodes,
  type CardRegistry,
} from '@kmportal/remark-status/card';

const EMPTY: CardRegistry = {
  statuses: {},
  units: {},
  nexus: {},
  goals: {},
  targets: {},
  responses: {},
};

/** The element's props with its `card` string read back. */
type Decoded = (
  CardCodes | Omit<StatusBlockProps, 'pulledBy' | 'history' | 'problems' | 'children'>
) &
  Pick<Props, 'pulledBy' | 'history' | 'problems' | 'children'>;

/**
 * The `<StatusBlock>` element of a page: its codes named from the registry in the plugin's global data,
 * rendered by `@theme/StatusBlock`. The remark plugin writes every field but `id` and `title` as one JSON
 * string, `card` (see `encodeCard`). Props that are already named (older pages) pass through.
 */
export default function StatusBlockMdx(props: Props): ReactNode {
  const {pulledBy, history, problems, children, ...card} = decodeCard(props) as Decoded;
  const data = usePluginData('kmportal-status', undefined, {failfast: false}) as
    {registry?: CardRegistry} | undefined;
  const place = card as Pick<CardCodes, 'docs' | 'version'>;
  const links = useCardLinks(place.docs, place.version);
  if (typeof card.status !== 'string') {
    const named = card as Omit<StatusBlockProps, 'pulledBy' | 'history' | 'children'>;
    return (
      <StatusBlock {...named} pulledBy={pulledBy} history={history} problems={problems}>
        {children}
      </StatusBlock>
    );
  }
  const resolved = resolveCard(card as CardCodes, data?.registry ?? EMPTY, links);
  return (
    <StatusBlock
      {...resolved}
      due={resolved.due ?? undefined}
      pulledBy={pulledBy}
      history={history}
      problems={problems}>
      {children}
    </StatusBlock>
  );
}
