import React, {type CSSProperties, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import type {Headline} from './headline.js';
import type {FilterKey} from './query.js';

import styles from './styles.module.css';

function Tile(props: {
  name: string;
  value: ReactNode;
  label: ReactNode;
  note?: ReactNode;
  color: string;
  children?: ReactNode;
}): ReactNode {
  return (
    <li
      className={`kb-tile ${styles.tile}`}
      data-kb-tile={props.name}
      style={{'--kb-tile-color': props.color} as CSSProperties}>
      <span className="kb-tile__value">{props.value}</span>
      <span className="kb-tile__label">{props.label}</span>
      {props.note ? <span className="kb-tile__note">{props.note}</span> : null}
      {props.children}
    </li>
  );
}

/** A link that lists the items a tile counts, in the table below (the same filter as the URL's). */
function ListLink(props: {
  href: string;
  onClick: (event: React.MouseEvent) => void;
  children: ReactNode;
}): ReactNode {
  return (
    <a className={styles.textLink} href={props.href} onClick={props.onClick}>
      {props.children}
    </a>
  );
}

/**
 * Headline tiles: open, overdue, due in 90 days (and invalid, when some item has errors), completed
 * share; acceptance and implementation rates.
 */
export default function Tiles(props: {
  headline: Headline;
  tableId: string;
  /** Lists the items of one filter value in the table (`?due=overdue`, `?validity=invalid`). */
  onList: (key: FilterKey, value: string) => (event: React.MouseEvent) => void;
}): ReactNode {
  const {headline: h, tableId} = props;
  const intl = useKbIntl();
  const ofTotal = intl.plural(
    translate(
      {
        id: 'theme.kb.indexes.tiles.ofTotal',
        message: 'of {total} item|of {total} items',
        description: 'Under the count of open items; plural forms (by the total) separated by |',
      },
      {total: intl.number(h.count)},
    ),
    h.count,
  );
  const completedOf = intl.plural(
    translate(
      {
        id: 'theme.kb.indexes.tiles.completedOf',
        message: '{done} of {total} item|{done} of {total} items',
        description: 'Under the completed share; plural forms (by the total) separated by |',
      },
      {done: intl.number(h.completed), total: intl.number(h.count)},
    ),
    h.count,
  );
  return (
    <ul
      className={styles.tiles}
      aria-label={translate({id: 'theme.kb.indexes.tiles.label', message: 'Headline figures'})}>
      <Tile
        name="open"
        value={intl.number(h.open)}
        color="var(--kb-status-planned)"
        note={ofTotal}
        label={<Translate id="theme.kb.indexes.tiles.open">Open</Translate>}
      />
      <Tile
        name="overdue"
        value={<span data-due-count="overdue">{intl.number(h.overdue)}</span>}
        color="var(--kb-status-delayed)"
        label={<Translate id="theme.kb.indexes.status.overdue">Overdue</Translate>}>
        {h.overdue > 0 ? (
          <ListLink href={`?due=overdue#${tableId}`} onClick={props.onList('due', 'overdue')}>
            <Translate id="theme.kb.indexes.status.showOverdue">List them</Translate>
          </ListLink>
        ) : null}
      </Tile>
      <Tile
        name="soon"
        value={<span data-due-count="next-90-days">{intl.number(h.soon)}</span>}
        color="var(--kb-status-ongoing)"
        label={<Translate id="theme.kb.indexes.status.soon">Due in the next 90 days</Translate>}>
        {h.soon > 0 ? (
          <ListLink
            href={`?due=next-90-days#${tableId}`}
            onClick={props.onList('due', 'next-90-days')}>
            <Translate id="theme.kb.indexes.status.showSoon">List them</Translate>
          </ListLink>
        ) : null}
      </Tile>
      {h.invalid > 0 ? (
        <Tile
          name="invalid"
          value={<span data-invalid-count="">{intl.number(h.invalid)}</span>}
          color="var(--kb-status-invalid)"
          label={<Translate id="theme.kb.indexes.tiles.invalid">Invalid</Translate>}
          note={
            <Translate id="theme.kb.indexes.tiles.invalidNote">items with errors to fix</Translate>
          }>
          <ListLink
            href={`?validity=invalid#${tableId}`}
            onClick={props.onList('validity', 'invalid')}>
            <Translate id="theme.kb.indexes.status.showInvalid">List them</Translate>
          </ListLink>
        </Tile>
      ) : null}
      <Tile
        name="completed"
        value={h.count > 0 ? intl.percent(h.completed / h.count) : '–'}
        color="var(--kb-status-completed)"
        note={completedOf}
        label={<Translate id="theme.kb.indexes.tiles.completed">Completed</Translate>}
      />
      {h.acceptance !== null ? (
        <Tile
          name="acceptance"
          value={intl.percent(h.acceptance)}
          color="var(--ifm-color-primary)"
          label={<Translate id="theme.kb.indexes.rates.acceptanceRate">Acceptance rate</Translate>}
        />
      ) : null}
      {h.implementation !== null ? (
        <Tile
          name="implementation"
          value={intl.percent(h.implementation)}
          color="var(--ifm-color-primary)"
          label={
            <Translate id="theme.kb.indexes.rates.implementationRate">
              Implementation rate
            </Translate>
          }
        />
      ) : null}
    </ul>
  );
}
