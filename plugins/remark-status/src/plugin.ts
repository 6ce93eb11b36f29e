import {
  extractStatusBlocks,
  readPageMeta,
  type ModelConfig,
  type ModelOptions,
} from '@kmportal/model';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {VFile} from 'vfile';
import {createConfigSource} from './config-cache.js';
import {jsxAttributes} from './jsx.js';
import {statusBlockProps, type LinkOptions} from './props.js';

/** Options of `remarkStatus`. */
export interface RemarkStatusOptions extends ModelOptions {
  /** A ready configuration (or a function returning the current one) instead of reading `docsDir`. */
  config?: ModelConfig | (() => ModelConfig);
  /** Add the model's messages to the file (default `true`); the Docusaurus plugin reports them itself. */
  report?: boolean;
  /** Name of the MDX component rendered for a block (default `StatusBlock`). */
  component?: string;
  /** Base path of SDG goal pages (default `/sdg`). */
  sdgBasePath?: string;
  /** Base path of nexus area pages (default `/nexus`). */
  nexusBasePath?: string;
}

interface Settings extends LinkOptions {
  getConfig: () => ModelConfig;
  report: boolean;
  component: string;
}

function normalizeOptions(options: RemarkStatusOptions): Settings {
  const {config} = options;
  const getConfig =
    typeof config === 'function' ? config : config ? () => config : createConfigSource(options);
  return {
    getConfig,
    report: options.report ?? true,
    component: options.component ?? 'StatusBlock',
    sdgBasePath: options.sdgBasePath ?? '/sdg',
    nexusBasePath: options.nexusBasePath ?? '/nexus',
  };
}

/** remark plugin: renders each `:::status` block as `<StatusBlock …>` with its body, read by the one model. */
export default function remarkStatus(options: RemarkStatusOptions) {
  const settings = normalizeOptions(options);
  return function transformer(tree: Root, file: VFile): void {
    const config = settings.getConfig();
    const target = settings.report ? file : new VFile({path: file.path, value: file.value});
    const page = readPageMeta(tree, target, config);
    for (const {node, item} of extractStatusBlocks(tree, target, {config, page})) {
      const element = node as unknown as MdxJsxFlowElement;
      const body = node.children.filter(
        (child) => !(child.type === 'paragraph' && child.data?.directiveLabel),
      );
      Object.assign(element, {
        type: 'mdxJsxFlowElement',
        name: settings.component,
        attributes: jsxAttributes(statusBlockProps(item, config, settings)),
        children: body as RootContent[],
      });
      delete (element as {label?: unknown}).label;
    }
  };
}
