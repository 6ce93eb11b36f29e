// Babel (loose mode, as Docusaurus compiles theme code) spreads only arrays: iterables go through Array.from.
import type {SearchHit} from './protocol.js';
import {HIGHLIGHT_PARAM} from './highlightModule.js';

/** The hits of one page: the page itself if it matched, and its matching sections and items. */
export interface PageGroup {
  page: number;
  pageTitle: string;
  trail: string[];
  url: string;
  /** The page's own hit, when its title or intro matched. */
  self?: SearchHit;
  children: SearchHit[];
}

/** Groups ranked hits by page, pages in the order of their best hit. */
export function groupByPage(hits: readonly SearchHit[]): PageGroup[] {
  const groups = new Map<number, PageGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.page);
    if (!group) {
      const {record} = hit;
      const own = record.kind === 'page' ? record.trail : record.trail.slice(0, -1);
      // Copies of a page in several versions read the same: the version tells them apart.
      const trail = hit.version ? [hit.version, ...own] : own;
      group = {
        page: hit.page,
        pageTitle: record.pageTitle,
        trail,
        url: record.url.split('#')[0],
        children: [],
      };
      groups.set(hit.page, group);
    }
    if (hit.record.kind === 'page') group.self = hit;
    else group.children.push(hit);
  }
  return Array.from(groups.values());
}

/** The link of a hit: its URL with the words searched (as typed) to highlight on arrival. */
export function hitHref(url: string, words: string): string {
  const [path, hash] = url.split('#');
  const query = words ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(words)}` : '';
  return `${path}${query}${hash ? `#${hash}` : ''}`;
}

/** The words a group's page link highlights: the words its hits answer. */
export function groupWords(group: PageGroup): string {
  return (group.self ?? group.children[0])?.words ?? '';
}
