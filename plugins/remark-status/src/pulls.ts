import {reportUnknownRef, type PullNode, type SiteModel} from '@kmportal/model';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {jsxAttributes} from './jsx.js';
import {statusRefProps, statusTableProps, type PullPropsOptions} from './pull-props.js';

/** What turning a page's pulls into MDX elements needs. */
export interface PullContext extends PullPropsOptions {
  site: SiteModel;
  /** Where the model's messages go (a throwaway file when the plugin does not report). */
  target: VFile;
  /** Whether to add site-wide problems (unknown ids) to `target`. */
  report: boolean;
  refComponent: string;
  tableComponent: string;
}

function pullElement(name: string, props: Record<string, unknown>): Partial<MdxJsxFlowElement> {
  return {type: 'mdxJsxFlowElement', name, attributes: jsxAttributes(props), children: []};
}

/** Replaces each `::status-ref` and `::status-table` read from a page with `<StatusRef>` / `<StatusTable>`, props resolved. */
export function transformPulls(pulls: PullNode[], context: PullContext): void {
  const {site, target} = context;
  const ids = site.items.map((item) => item.id);
  for (const {node, pull} of pulls) {
    let element: Partial<MdxJsxFlowElement>;
    if (pull.kind === 'status-ref') {
      const props = statusRefProps(pull, site);
      if (!props.item && context.report) reportUnknownRef(target, pull, ids, site.draftItems);
      element = pullElement(context.refComponent, props);
    } else {
      element = pullElement(context.tableComponent, statusTableProps(pull, site, context));
    }
    Object.assign(node, element);
  }
}
