// Key actions on a card: their lines leave the body (the card's table shows them), a container's body
// stays in place under the action's title, and evidence paths link to the docs they name.
import {evidenceFile, isActionDirective, type SiteModel, type StatusItem} from '@kmportal/model';
import {existsSync} from 'node:fs';
import {dirname, relative, resolve, sep} from 'node:path';
import type {RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {jsxAttributes} from './jsx.js';
import type {CardActionCodes, CardCodes} from './card.js';
import type {EvidenceLinker} from './registry.js';

type Parent = {children: RootContent[]};

/** A `:::action` container as a `<div>` holding its title and body (its anchor is `<id>-body`). */
function actionBodyElement(node: RootContent & Parent, action: StatusItem | undefined) {
  const id = String((node as {attributes?: Record<string, unknown>}).attributes?.id ?? '');
  const body = node.children.filter(
    (child) => !(child.type === 'paragraph' && child.data?.directiveLabel),
  );
  const heading: RootContent = {
    type: 'paragraph',
    children: [{type: 'strong', children: [{type: 'text', value: action?.title ?? id}]}],
  };
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: jsxAttributes({id: `${id}-body`, className: 'kb-status-action__body'}),
    children: [heading, ...body] as MdxJsxFlowElement['children'],
  };
  return element;
}

/** The body without its `::action` lines, each `:::action` turned into its titled body. */
export function withoutActionLines(nodes: RootContent[], item: StatusItem): RootContent[] {
  const byId = new Map((item.actions ?? []).map((action) => [action.id, action]));
  const walk = (children: RootContent[]): RootContent[] =>
    children.flatMap((child): RootContent[] => {
      if (isActionDirective(child)) {
        if (child.type === 'leafDirective') return [];
        const action = byId.get(String(child.attributes?.id ?? ''));
        return [actionBodyElement(child as RootContent & Parent, action) as RootContent];
      }
      if ('children' in child && Array.isArray(child.children)) {
        (child as Parent).children = walk(child.children as RootContent[]);
      }
      return [child];
    });
  return walk(nodes);
}

/** The part of `href` after its file: `?query` and `#anchor` as written. */
function hrefSuffix(href: string): string {
  const at = href.search(/[?#]/);
  return at === -1 ? '' : href.slice(at);
}

/**
 * Where the site serves a file of one of its static folders: `pathname:///files/x.pdf` (`pathname://`
 * makes Docusaurus's `<Link>` add the baseUrl and load the file, not look for a route), else `undefined`.
 */
export function staticHref(file: string, staticDirectories: readonly string[]): string | undefined {
  for (const dir of staticDirectories) {
    const below = relative(dir, file);
    if (below === '' || below.startsWith('..') || resolve(dir, below) !== file) continue;
    if (existsSync(file)) return `pathname:///${below.split(sep).map(encodeURI).join('/')}`;
  }
  return undefined;
}

/**
 * Links a page's evidence: a relative path to a doc by its permalink (`#anchor` as written), to a file of
 * a static folder where the site serves it; a site path (`/files/x.pdf`) that names a static file the
 * same way (any other site path is a route, which `<Link>` and the broken-link check handle).
 */
export function evidenceLinker(
  site: () => SiteModel,
  pagePath: string,
  pageAt: (site: SiteModel, path: string) => {page: {permalink?: string}} | undefined,
  options: {staticDirectories?: readonly string[]} = {},
): EvidenceLinker {
  const statics = options.staticDirectories ?? [];
  return (href) => {
    const file = evidenceFile(href);
    if (href.startsWith('/')) {
      const served = statics
        .map((dir) => staticHref(resolve(dir, `.${file}`), [dir]))
        .find(Boolean);
      return served ? `${served}${hrefSuffix(href)}` : href;
    }
    const target = resolve(dirname(pagePath), file);
    const permalink = pageAt(site(), target)?.page.permalink;
    if (permalink) return `${permalink}${href.includes('#') ? href.slice(href.indexOf('#')) : ''}`;
    const served = staticHref(target, statics);
    return served ? `${served}${hrefSuffix(href)}` : undefined;
  };
}

/** The card's key actions, each with its own status history when it has one. */
export function withActionHistory(
  codes: CardCodes,
  historyOf: (id: string) => CardActionCodes['history'],
): CardCodes {
  if (!codes.actions) return codes;
  const actions = codes.actions.map((action) => {
    const history = historyOf(action.id);
    return history ? {...action, history} : action;
  });
  return {...codes, actions};
}
