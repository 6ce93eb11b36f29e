import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import type {NumCellProps, Props, SortHeaderProps} from '@theme/KbTable';

/**
 * A data table of the design system (`.kb-table` in kb-design.css): its name above it, and a wide
 * table scrolling in its own focusable box, with a shadow at the clipped edge and the first column
 * sticky, so that a phone shows that it scrolls and which row a cell is in.
 */
export default function KbTable({
  caption,
  captionHidden = false,
  labelledBy,
  scroll = true,
  className,
  blockClassName,
  children,
  ...table
}: Props): ReactNode {
  const captionId = useId();
  const nameId = labelledBy ?? (caption ? captionId : undefined);
  const element = (
    <table className={clsx('kb-table', className)} aria-labelledby={nameId} {...table}>
      {children}
    </table>
  );
  return (
    <div className={clsx('kb-table-block', blockClassName)}>
      {caption && !labelledBy ? (
        // Outside the scrolling box: inside it, the name would scroll away with the table on a phone.
        <p id={captionId} className={captionHidden ? 'kb-visually-hidden' : 'kb-table__caption'}>
          {caption}
        </p>
      ) : null}
      {scroll ? (
        // Focusable, so that a keyboard can scroll it too.
        <div className="kb-table-scroll" tabIndex={0} role="region" aria-labelledby={nameId}>
          {element}
        </div>
      ) : (
        element
      )}
    </div>
  );
}

/** A number's cell: right-aligned, in tabular figures, never wrapped. */
export function NumCell({className, ...cell}: NumCellProps): ReactNode {
  return <td className={clsx('kb-num', className)} {...cell} />;
}

/** A sortable column's header: a button that sorts by it, its order told by `aria-sort` and a mark. */
export function SortHeader({
  order,
  onSort,
  children,
  className,
  ...cell
}: SortHeaderProps): ReactNode {
  return (
    <th scope="col" aria-sort={order} className={className} {...cell}>
      <button type="button" className="kb-table__sort" onClick={onSort}>
        {children}
        <span aria-hidden="true" className="kb-table__sort-mark">
          {order === 'ascending' ? '▲' : order === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
