import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import {pageWindow} from './query.js';

/** Links to the pages of the table; each is a real URL, followed in place. */
export default function Pagination(props: {
  page: number;
  pages: number;
  href: (page: number) => string;
  onPage: (page: number) => void;
}): ReactNode {
  const {page, pages} = props;
  if (pages <= 1) return null;
  const link = (target: number, label: ReactNode, ariaLabel: string, current = false) => (
    <li className={clsx('pagination__item', current && 'pagination__item--active')}>
      <a
        className="pagination__link"
        href={props.href(target)}
        aria-label={ariaLabel}
        aria-current={current ? 'page' : undefined}
        data-page={target}
        onClick={(event) => {
          event.preventDefault();
          props.onPage(target);
        }}>
        {label}
      </a>
    </li>
  );
  const pageLabel = (n: number) =>
    translate({id: 'theme.kb.indexes.page.number', message: 'Page {n}'}, {n});
  return (
    <nav
      aria-label={translate({id: 'theme.kb.indexes.page.nav', message: 'Pages of the item table'})}>
      <ul className="pagination">
        {page > 1
          ? link(
              page - 1,
              translate({id: 'theme.kb.indexes.page.previous', message: 'Previous'}),
              translate({id: 'theme.kb.indexes.page.previousLabel', message: 'Previous page'}),
            )
          : null}
        {pageWindow(page, pages).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className="pagination__item" aria-hidden="true">
              …
            </li>
          ) : (
            <React.Fragment key={n}>{link(n, n, pageLabel(n), n === page)}</React.Fragment>
          ),
        )}
        {page < pages
          ? link(
              page + 1,
              translate({id: 'theme.kb.indexes.page.next', message: 'Next'}),
              translate({id: 'theme.kb.indexes.page.nextLabel', message: 'Next page'}),
            )
          : null}
      </ul>
    </nav>
  );
}
