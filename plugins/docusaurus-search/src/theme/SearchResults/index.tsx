import React, {Fragment, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import SearchMarked from '@theme/SearchMarked';
import type {Props} from '@theme/SearchResults';
import {groupByPage, groupWords, hitHref} from '../../client/group.js';
import type {SearchHit} from '../../client/protocol.js';
import styles from './styles.module.css';

interface IndexesGlobalData {
  units?: {basePath: string; codes: readonly string[]};
}

/**
 * The unit pages `@kmportal/kb-indexes` builds (`/units/<code>`), from its global data: read here, not
 * through the status theme's `UnitLink`, so that search works on a site without that theme.
 */
function useUnitHref(): (code: string) => string | undefined {
  const instances = useAllPluginInstancesData('kmportal-indexes', {failfast: false}) as
    Record<string, IndexesGlobalData | undefined> | undefined;
  const units = (instances?.default ?? Object.values(instances ?? {})[0])?.units;
  return (code) =>
    units?.codes.includes(code)
      ? `${units.basePath.replace(/(?<!\/)\/+$/, '')}/${encodeURIComponent(code)}`
      : undefined;
}

/** An item's owners, each linking to its unit's page when the site has one. */
function Owners({owners}: {owners: readonly string[]}): ReactNode {
  const unitHref = useUnitHref();
  return (
    <span>
      {owners.map((code, index) => {
        const href = unitHref(code);
        return (
          <Fragment key={code}>
            {index > 0 && ', '}
            {href ? (
              <Link to={href} className={`kb-unit-link ${styles.owner}`}>
                {code}
              </Link>
            ) : (
              code
            )}
          </Fragment>
        );
      })}
    </span>
  );
}

function ItemFields({hit}: {hit: SearchHit}): ReactNode {
  const item = hit.record.item;
  if (!item) return null;
  return (
    <span className={styles.fields}>
      <span className={styles.status}>{item.statusLabel}</span>
      {item.owners.length > 0 && <Owners owners={item.owners} />}
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
