// The site-wide rules (ids unique across pages, pulls of ids that exist) over the cached pages, run
// again only when a page's part in them changed: a keystroke in prose or in a status value leaves every
// id and pull where it was, so it costs nothing here.
import {checkRefTargets, checkUniqueIds, withActions, type ParsedPage} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import {groupByFile} from './diagnostics.js';

/** What the cross-page rules read of a page: its ids and pulls (`ids`), and where they stand (`places`). */
export interface CrossKey {
  ids: string;
  places: string;
}

/** A page's cross key: what it gives the cross-page rules, and where. */
export function crossKey(page: ParsedPage): CrossKey {
  const items = withActions(page.items);
  const pulls = page.pulls;
  const ids = [
    ...items.map((item) => `${item.id}${item.actions ? '+' : ''}`),
    ...pulls.map((pull) => JSON.stringify([pull.kind, pull.id, pull.filter?.parent])),
  ].join('\n');
  const places = [
    ...items.map((item) => `${item.position.start.line}:${item.position.start.column}`),
    ...pulls.map((pull) => JSON.stringify([pull.places, pull.position.start])),
  ].join(' ');
  return {ids: `${page.page.path}\n${ids}`, places};
}

/** Pages (as messages name them) holding an id that another page holds too. */
function sharingIds(pages: readonly ParsedPage[]): Set<string> {
  const home = new Map<string, string>();
  const sharing = new Set<string>();
  for (const page of pages) {
    for (const item of withActions(page.items)) {
      const first = home.get(item.id);
      if (first === undefined) home.set(item.id, item.path);
      else if (first !== item.path) sharing.add(first).add(item.path);
    }
  }
  return sharing;
}

/** Messages as a comparable key (what a client would be sent for them). */
export function messagesKey(messages: readonly VFileMessage[]): string {
  return messages.map((m) => `${m.line}:${m.column}:${m.ruleId}:${m.fatal}:${m.reason}`).join('\n');
}

/** The cross-page messages of a site by file (as messages name files), recomputed when asked to. */
export class CrossChecks {
  private byFile = new Map<string, VFileMessage[]>();
  private keys = new Map<string, string>();
  private sharing = new Set<string>();

  /** The cross-page messages of `file`. */
  of(file: string): readonly VFileMessage[] {
    return this.byFile.get(file) ?? [];
  }

  /**
   * Whether the rules' messages depend on where a page's ids and pulls stand: it has cross-page
   * messages, or another page's message names a place on it (an id both hold).
   */
  involves(file: string): boolean {
    return this.byFile.has(file) || this.sharing.has(file);
  }

  /** Every file with cross-page messages. */
  files(): Iterable<string> {
    return this.byFile.keys();
  }

  /** Runs the model's cross-page rules over `pages` (site order); gives the files whose messages changed. */
  run(pages: readonly ParsedPage[]): Set<string> {
    const byFile = groupByFile([...checkUniqueIds(pages), ...checkRefTargets(pages)]);
    const keys = new Map([...byFile].map(([file, messages]) => [file, messagesKey(messages)]));
    const changed = new Set<string>();
    for (const [file, key] of keys) if (this.keys.get(file) !== key) changed.add(file);
    for (const file of this.keys.keys()) if (!keys.has(file)) changed.add(file);
    this.byFile = byFile;
    this.keys = keys;
    this.sharing = sharingIds(pages);
    return changed;
  }
}
