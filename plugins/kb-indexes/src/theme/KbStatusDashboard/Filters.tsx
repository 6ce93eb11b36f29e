import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {DashboardQuery, FilterKey} from './query.js';

import styles from './styles.module.css';

/** The choices of one filter. */
export type Choices = Record<FilterKey, readonly {value: string; label: string}[]>;

const LABELS: Record<FilterKey, () => string> = {
  status: () => translate({id: 'theme.kb.indexes.filter.status', message: 'Status'}),
  owner: () => translate({id: 'theme.kb.indexes.filter.owner', message: 'Owner'}),
  nexus: () => translate({id: 'theme.kb.indexes.filter.nexus', message: 'Nexus area'}),
  sdg: () => translate({id: 'theme.kb.indexes.filter.sdg', message: 'SDG'}),
  type: () => translate({id: 'theme.kb.indexes.filter.type', message: 'Page type'}),
  due: () => translate({id: 'theme.kb.indexes.filter.due', message: 'Due'}),
};

function Select(props: {
  name: FilterKey;
  choices: Choices;
  query: DashboardQuery;
  onChange: (key: FilterKey, values: string[]) => void;
}): ReactNode {
  const {name, choices, query} = props;
  const id = `kb-filter-${name}`;
  const selected = query[name];
  const extra = selected.filter((value) => !choices[name].some((c) => c.value === value));
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{LABELS[name]()}</label>
      <select
        id={id}
        value={selected.length === 1 ? selected[0] : selected.length > 1 ? selected.join(',') : ''}
        onChange={(event) => props.onChange(name, event.target.value.split(',').filter(Boolean))}>
        <option value="">{translate({id: 'theme.kb.indexes.filter.all', message: 'All'})}</option>
        {selected.length > 1 ? (
          <option value={selected.join(',')}>{selected.join(', ')}</option>
        ) : null}
        {[...choices[name], ...extra.map((value) => ({value, label: value}))].map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Labelled selects, one per filter key; changes are reported, the page updates the URL. */
export default function Filters(props: {
  choices: Choices;
  query: DashboardQuery;
  onChange: (key: FilterKey, values: string[]) => void;
}): ReactNode {
  return (
    <form className={styles.filters} role="search" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>
          <Translate id="theme.kb.indexes.filter.legend">Filter the items</Translate>
        </legend>
        {(Object.keys(LABELS) as FilterKey[]).map((key) => (
          <Select key={key} name={key} {...props} />
        ))}
      </fieldset>
    </form>
  );
}
