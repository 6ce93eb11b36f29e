import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import type {DashboardQuery, FilterKey} from './query.js';
import {FILTER_KEYS, hasFilters} from './query.js';

import styles from './styles.module.css';

/** The choices of one filter. */
export type Choices = Record<FilterKey, readonly {value: string; label: string}[]>;

export const FILTER_LABELS: Record<FilterKey, () => string> = {
  status: () => translate({id: 'theme.kb.indexes.filter.status', message: 'Status'}),
  owner: () => translate({id: 'theme.kb.indexes.filter.owner', message: 'Owner'}),
  nexus: () => translate({id: 'theme.kb.indexes.filter.nexus', message: 'Nexus area'}),
  sdg: () => translate({id: 'theme.kb.indexes.filter.sdg', message: 'SDG'}),
  type: () => translate({id: 'theme.kb.indexes.filter.type', message: 'Page type'}),
  due: () => translate({id: 'theme.kb.indexes.filter.due', message: 'Due'}),
  validity: () => translate({id: 'theme.kb.indexes.filter.validity', message: 'Validity'}),
};

/** One filter: a disclosure holding a group of checkboxes (OR within the group). */
function CheckboxGroup(props: {
  name: FilterKey;
  choices: Choices;
  query: DashboardQuery;
  onChange: (key: FilterKey, values: string[]) => void;
}): ReactNode {
  const {name, choices, query} = props;
  const intl = useKbIntl();
  const selected = query[name];
  // Values from the URL that no item uses stay visible, so that they can be cleared.
  const extra = selected.filter((value) => !choices[name].some((c) => c.value === value));
  const all = [...choices[name], ...extra.map((value) => ({value, label: value}))];
  // A filter with nothing to choose (no invalid item) is left out.
  if (all.length === 0) return null;
  const toggle = (value: string, on: boolean) =>
    props.onChange(
      name,
      on ? [...selected, value] : selected.filter((selectedValue) => selectedValue !== value),
    );
  const label = FILTER_LABELS[name]();
  return (
    <details className={styles.filter} data-filter={name}>
      <summary>
        {label}
        {selected.length > 0 ? (
          <span className={styles.selectedCount}>
            {' '}
            {intl.plural(
              translate({
                id: 'theme.kb.indexes.filter.selected',
                message: '({count} selected)',
                description: 'Count of checked values of a filter; plural forms separated by |',
              }),
              selected.length,
            )}
          </span>
        ) : null}
      </summary>
      <fieldset className={styles.choices}>
        <legend className={styles.visuallyHidden}>{label}</legend>
        {all.map((choice) => {
          const id = `kb-filter-${name}-${choice.value.replace(/[^\w.-]/g, '_')}`;
          return (
            <div key={choice.value} className={styles.choice}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={choice.value}
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}

/** The filters as checkbox groups (AND across groups), and a control that clears them all. */
export default function Filters(props: {
  choices: Choices;
  query: DashboardQuery;
  onChange: (key: FilterKey, values: string[]) => void;
  onClear: () => void;
}): ReactNode {
  return (
    <form className={styles.filters} role="search" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>
          <Translate id="theme.kb.indexes.filter.legend">Filter the items</Translate>
        </legend>
        <div className={styles.filterGroups}>
          {FILTER_KEYS.map((key) => (
            <CheckboxGroup key={key} name={key} {...props} />
          ))}
        </div>
        <button
          type="button"
          className={`button button--outline button--primary ${styles.clear}`}
          data-clear-filters=""
          aria-disabled={!hasFilters(props.query)}
          onClick={props.onClear}>
          <Translate id="theme.kb.indexes.filter.clear">Clear filters</Translate>
        </button>
      </fieldset>
    </form>
  );
}
