import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import SearchMarked from '@theme/SearchMarked';
import type {Props} from '@theme/SearchResults';
import {groupByPage, groupWords, hitHref} from '../../client/group.js';
import type {SearchHit} from '../../client/protocol.js';
import styles from './styles.module.css';

function ItemFields({hit}: {hit: SearchHit}): ReactNode {
  const item = hit.record.item;
  if (!item) return null;
  return (
    <span className={styles.fields}>
      <span className={styles.status}>{item.statusLabel}</span>
      {item.owners.length > 0 && <span>{item.owners.join(', ')}</span>}
      {item.due && <span>{item.due}</span>}
      {item.sdg.length > 0 && (
        <span>
          {translate(
            {id: 'theme.kb.search.sdg', message: 'SDG {goals}', description: 'SDGs of a result'},
            {goals: item.sdg.join(', ')},
          )}
        </span>
      )}
    </span>
  );
}

function ChildHit({hit}: {hit: SearchHit}): ReactNode {
  return (
    <li className={styles.child}>
      <Link to={hitHref(hit.record.url, hit.words)} className={styles.childTitle}>
        {hit.record.item && <code className={styles.itemId}>{hit.record.item.id}</code>}
        <SearchMarked value={hit.title} />
      </Link>
      <ItemFields hit={hit} />
      {hit.snippet.text && (
        <p className={styles.snippet}>
          <SearchMarked value={hit.snippet} />
        </p>
      )}
    </li>
  );
}

/** Results grouped by page: breadcrumb, page title, snippet, then the matching sections and items. */
export default function SearchResults({hits}: Props): ReactNode {
  return (
    <ol className={styles.results}>
      {groupByPage(hits as SearchHit[]).map((group) => (
        <li key={group.page} className={styles.group}>
          {group.trail.length > 0 && <p className={styles.trail}>{group.trail.join(' › ')}</p>}
          <h2 className={styles.pageTitle}>
            <Link to={hitHref(group.url, groupWords(group))}>
              <SearchMarked value={group.self?.title ?? {text: group.pageTitle, marks: []}} />
            </Link>
          </h2>
          {(group.self ?? group.children[0])?.record.untranslated && (
            <p className={styles.untranslated}>
              <Translate id="theme.kb.search.untranslated">
                Not translated yet: shown in the source language.
              </Translate>
            </p>
          )}
          {group.self?.snippet.text && (
            <p className={styles.snippet}>
              <SearchMarked value={group.self.snippet} />
            </p>
          )}
          {group.children.length > 0 && (
            <ul className={styles.children}>
              {group.children.map((hit) => (
                <ChildHit key={hit.doc} hit={hit} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
