import React, {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import SearchMarked from '@theme/SearchMarked';
import {groupByPage, groupWords, hitHref} from '../../client/group.js';
import {startSearch} from '../../client/searchClient.js';
import {useSearchVersions} from '../../client/versions.js';
import {useIndexBase, useSearch} from '../../client/useSearch.js';
import {resultCountMessage} from './resultCount.js';
import styles from './styles.module.css';

interface Option {
  /** What React keys the option by: the page or section it opens, not the words in its link or its place. */
  key: string;
  href: string;
  kind: 'page' | 'child' | 'all';
  content: ReactNode;
}

const SEE_ALL = <Translate id="theme.kb.search.seeAll">See all results</Translate>;

/**
 * Two options that open the same place (a section and a status item at one anchor, say) get `#2`,
 * `#3` after their key, so that keys stay unique; the first keeps its own, and an option keeps its
 * element when the list reorders as the reader types, instead of React building the list again.
 */
function uniqueKeys(list: Option[]): Option[] {
  const seen = new Map<string, number>();
  return list.map((option) => {
    const count = (seen.get(option.key) ?? 0) + 1;
    seen.set(option.key, count);
    return count === 1 ? option : {...option, key: `${option.key} #${count}`};
  });
}

function useOptions(
  query: string,
  searchPageUrl: string,
): {options: Option[]; state: ReturnType<typeof useSearch>} {
  // What the dropdown shows (the reader's docs version, or the last released one); the page lists the rest.
  const {versions, reading} = useSearchVersions();
  const filter = reading.length ? {version: reading} : undefined;
  const state = useSearch(query, 12, filter, 4);
  const versionParams = versions
    .filter((version) => reading.includes(version.id) && !version.isLast)
    .map((version) => `&version=${encodeURIComponent(version.id)}`)
    .join('');
  // Made from the hits alone: a keystroke whose answer is still on its way renders the same option
  // elements again, which React skips.
  const hitOptions = useMemo(() => {
    const list: Option[] = [];
    for (const group of groupByPage(state.hits).slice(0, 8)) {
      const title = group.self?.title ?? {text: group.pageTitle, marks: []};
      list.push({
        key: `page ${group.url}`,
        href: hitHref(group.url, groupWords(group)),
        kind: 'page',
        content: (
          <>
            {group.trail.length > 0 && (
              <span className={styles.trail}>{group.trail.join(' › ')}</span>
            )}
            <span className={styles.title}>
              <SearchMarked value={title} />
            </span>
            {group.self && group.self.snippet.text && (
              <span className={styles.snippet}>
                <SearchMarked value={group.self.snippet} />
              </span>
            )}
          </>
        ),
      });
      for (const hit of group.children.slice(0, 3)) {
        list.push({
          key: `child ${hit.record.url}`,
          href: hitHref(hit.record.url, hit.words),
          kind: 'child',
          content: (
            <>
              <span className={styles.title}>
                {hit.record.item && <span className={styles.itemId}>{hit.record.item.id}</span>}
                <SearchMarked value={hit.title} />
              </span>
              <span className={styles.snippet}>
                <SearchMarked value={hit.snippet} />
              </span>
            </>
          ),
        });
      }
    }
    return uniqueKeys(list);
  }, [state.hits]);
  const options = useMemo(
    () =>
      query.trim().length >= 2
        ? [
            ...hitOptions,
            {
              key: 'all',
              href: `${searchPageUrl}?q=${encodeURIComponent(query)}${versionParams}`,
              kind: 'all' as const,
              content: SEE_ALL,
            },
          ]
        : hitOptions,
    [hitOptions, query, searchPageUrl, versionParams],
  );
  return {options, state};
}

/**
 * Enter acts on the query as typed: while the list still shows the answer to an earlier query (the
 * words typed since are on their way), the choice waits for the answer to the query in the box, then
 * opens the option at the chosen position of that answer (or the search page).
 */
function useEnterOnTypedQuery(
  query: string,
  state: ReturnType<typeof useSearch>,
  options: Option[],
  go: (href: string) => void,
): (active: number) => void {
  const pending = useRef<{query: string; active: number} | null>(null);
  const answered = state.query === query && !state.loading;
  const choose = (active: number) => {
    const option = options[active] ?? options.at(-1);
    if (!option) return;
    if (answered || option.kind === 'all' || state.error) go(option.href);
    else pending.current = {query, active};
  };
  useEffect(() => {
    const waiting = pending.current;
    if (!waiting) return;
    // The query changed again before its answer came: the Enter was for a query no longer in the box.
    if (waiting.query !== query) pending.current = null;
    else if (answered || state.error) {
      pending.current = null;
      const option = options[waiting.active] ?? options.at(-1);
      if (option) go(option.href);
    }
  });
  return choose;
}

/** ⌘K / Ctrl+K focuses the search box; returns whether the shortcut is listened to yet. */
function useShortcut(input: React.RefObject<HTMLInputElement | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    setReady(true);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
  return ready;
}

/** The navbar search box: an ARIA 1.2 combobox over results grouped by page, with a live result count. */
export default function SearchBar(): ReactNode {
  const id = useId();
  const history = useHistory();
  const base = useIndexBase();
  const searchPageUrl = useBaseUrl('/search');
  const input = useRef<HTMLInputElement>(null);
  const {i18n} = useDocusaurusContext();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const {options, state} = useOptions(query, searchPageUrl);
  const ready = useShortcut(input);
  useEffect(() => setActive(-1), [query]);
  const expanded = open && query.trim().length >= 2;
  const go = (href: string) => {
    setOpen(false);
    history.push(href);
  };
  const choose = useEnterOnTypedQuery(query, state, options, go);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(
        (current) => (current + step + count + (current === -1 && step < 0 ? 1 : 0)) % count,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      // First Escape closes the list (a search input would clear itself), the second clears the text.
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setQuery('');
      setActive(-1);
    }
  };
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    // data-ready: the box is hydrated and Ctrl+K listened to (what a test waits for before typing).
    <div className={clsx('kb-search-bar', styles.searchBar)} data-ready={ready || undefined}>
      <label htmlFor={`${id}-input`} className={styles.visuallyHidden}>
        <Translate id="theme.kb.search.label">Search the portal</Translate>
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={translate({id: 'theme.kb.search.placeholder', message: 'Search (Ctrl+K)'})}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        // The engine (its chunk, with the index manifest) loads when the pointer comes onto the box or on
        // first focus, never before: a page that is never searched pays nothing for it.
        onPointerEnter={() => void startSearch(base).catch(() => undefined)}
        onFocus={() => {
          void startSearch(base).catch(() => undefined);
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {state.loading && (
        <span className={styles.spinner} aria-hidden="true" data-testid="search-spinner" />
      )}
      <ul
        id={listId}
        role="listbox"
        data-query={state.query}
        className={clsx(styles.listbox, !expanded && styles.hidden)}
        aria-label={translate({id: 'theme.kb.search.results', message: 'Search results'})}>
        {expanded &&
          options.map((option, index) => (
            <li
              key={option.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              data-search-result={option.kind === 'all' ? undefined : option.kind}
              className={clsx(
                styles.option,
                styles[option.kind],
                index === active && styles.active,
              )}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(option.href)}>
              {option.content}
            </li>
          ))}
      </ul>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {expanded ? resultCountMessage(state, i18n.currentLocale) : ''}
      </div>
    </div>
  );
}
