// Key actions on a card: their lines leave the body (the card's table shows them), a container's body
// stays in place under the action's title, and evidence paths link to the docs they name.
import {evidenceFile, isActionDirective, type SiteModel, type StatusItem} from '@kmportal/model';
import {dirname, resolve} from 'node:path';
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

/** Links a page's relative evidence paths to the docs they name: permalink and `#anchor` as written. */
export function evidenceLinker(
  site: () => SiteModel,
  pagePath: string,
  pageAt: (site: SiteModel, path: string) => {page: {permalink?: string}} | undefined,
): EvidenceLinker {
  return (href) => {
    const anchor = /#.*$/.exec(href)?.[0] ?? '';
    const target = resolve(dirname(pagePath), evidenceFile(href));
    const permalink = pageAt(site(), target)?.page.permalink;
    return permalink ? `${permalink}${anchor}` : undefined;
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
