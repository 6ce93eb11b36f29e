import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import type {Props} from '@theme/UnitLink';

import styles from './styles.module.css';

interface IndexesGlobalData {
  units?: {basePath: string; codes: readonly string[]};
}

/**
 * The page of a unit of `units.yml`, from the global data of `@kmportal/kb-indexes` (which builds the
 * unit pages); `undefined` without that plugin or for a code the registry does not have.
 */
export function useUnitHref(code: string): string | undefined {
  const instances = useAllPluginInstancesData('kmportal-indexes', {failfast: false}) as
    Record<string, IndexesGlobalData | undefined> | undefined;
  // The default indexes first, then those of other docs instances (each with its own units.yml).
  const all = [instances?.default, ...Object.values(instances ?? {})];
  const units = all.find((data) => data?.units?.codes.includes(code))?.units;
  if (!units) return undefined;
  return `${units.basePath.replace(/(?<!\/)\/+$/, '')}/${encodeURIComponent(code)}`;
}

/** A responsible unit: a link to its unit page when the site has one, else its code (name on hover). */
export default function UnitLink({code, name, children, className}: Props): ReactNode {
  const href = useUnitHref(code);
  const text = children ?? code;
  const title = name && name !== code ? name : undefined;
  if (!href) {
    return title ? (
      <abbr title={title} className={className}>
        {text}
      </abbr>
    ) : (
      <span className={className}>{text}</span>
    );
  }
  return (
    <Link to={href} title={title} className={clsx('kb-unit-link', styles.unitLink, className)}>
      {text}
    </Link>
  );
}
