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
      const trail = record.kind === 'page' ? record.trail : record.trail.slice(0, -1);
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

/** The link of a hit: its URL with the words to highlight on arrival. */
export function hitHref(url: string, terms: string[]): string {
  const [path, hash] = url.split('#');
  const query = terms.length ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(terms.join(' '))}` : '';
  return `${path}${query}${hash ? `#${hash}` : ''}`;
}

/** The words a group's page link highlights: every term its hits matched. */
export function groupTerms(group: PageGroup): string[] {
  const hits = group.self ? [group.self, ...group.children] : group.children;
  return Array.from(new Set(hits.flatMap((hit) => hit.terms)));
}
