import {
  extractStatusBlocks,
  pairStatusBlocks,
  readPageMeta,
  type ParsedPage,
  type StatusBlockNode,
  type ModelConfig,
  extractPullNodes,
  ownValue,
  type SiteModel,
} from '@kmportal/model';
import {resolve} from 'node:path';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {VFile} from 'vfile';
import {createConfigSource} from './config-cache.js';
import {pageFolder, type FolderOptions} from './docs-folder.js';
import {importNode, jsxAttributes} from './jsx.js';
import type {LinkOptions} from './props.js';
import {CARD_ATTRIBUTE, encodeCard} from './card.js';
import {cardCodes} from './registry.js';
import {evidenceLinker, withActionHistory, withoutActionLines} from './actions.js';
import {pulledByProps} from './pull-props.js';
import {transformPulls} from './pulls.js';
import {createSiteSource} from './site-cache.js';
import {showErrors, type ErrorCardOptions} from './error-cards.js';
import {translatedBlocks, translatedPageAt} from './translated.js';

/** Options of `remarkStatus`. */
export interface RemarkStatusOptions extends FolderOptions {
  /**
   * The docs folder, when the site has no `@kmportal/docusaurus-plugin-status` (which tells this plugin
   * each page's docs version as Docusaurus loaded it); default `docs`.
   */
  docsDir?: string;
  /** A ready configuration (or a function returning the current one) instead of reading `docsDir`. */
  config?: ModelConfig | ((currentPath?: string) => ModelConfig);
  /** Add the model's messages to the file (default `true`); the Docusaurus plugin reports them itself. */
  report?: boolean;
  /** Name of the MDX component rendered for a block (default `StatusBlock`). */
  component?: string;
  /**
   * A module to import the block's component from on each page with a block (e.g. `@theme/StatusBlockMdx`),
   * instead of taking `component` from the MDX components: no look-up and no check of it in every page.
   */
  importSource?: string;
  /** Base path of SDG goal pages (default `/sdg`). */
  sdgBasePath?: string;
  /** Base path of nexus area pages (default `/nexus`). */
  nexusBasePath?: string;
  /** The docs plugin's `routeBasePath`, when the site has no status plugin (default `docs`). */
  routeBasePath?: string;
  /** Folder that message paths are relative to (default: the current directory). */
  cwd?: string;
  /**
   * The site's static folders (Docusaurus's `staticDirectories`), absolute or relative to `cwd` (default
   * `['static']`): evidence naming a file in one links to where the site serves it.
   */
  staticDirectories?: string[];
  /** A ready site (or a function returning the current one) for pulls and backlinks, instead of reading `docsDir`. */
  site?: SiteModel | ((currentPath?: string) => SiteModel);
  /** Names of the MDX components of pulls (default `StatusRef`, `StatusTable`). */
  refComponent?: string;
  tableComponent?: string;
  /** The day `::status-table{due=overdue}` is judged on, `YYYY-MM-DD` (default: the day of the build). */
  today?: string;
  /**
   * Show the page's errors on the page (the dev server): on the card of their block, or as an error
   * card in place of a block that could not be read (default `false`: a build fails on them instead).
   */
  errorCards?: boolean;
  /** Name of the error card's MDX component (default `StatusBlockError`). */
  errorComponent?: string;
  /** A module to import the error card from (e.g. `@theme/StatusBlockError`), as `importSource`. */
  errorImportSource?: string;
  /** Status changes per item id of the page at `filePath` (e.g. read from git), shown on each card. */
  history?: (filePath: string, config: ModelConfig) => Record<string, HistoryEntry[]> | undefined;
}

/** One status change of an item, oldest first. */
export interface HistoryEntry {
  date: string;
  commit: string;
  author: string;
  from?: string;
  to: string;
}

interface Settings extends LinkOptions {
  getConfig: (currentPath?: string) => ModelConfig;
  getSite: (currentPath?: string) => SiteModel;
  report: boolean;
  component: string;
  importSource?: string;
  refComponent: string;
  tableComponent: string;
  today?: string;
  history?: RemarkStatusOptions['history'];
  staticDirectories: string[];
  cwd?: string;
  errorCards?: ErrorCardOptions;
}

function siteSource(options: RemarkStatusOptions): Settings['getSite'] {
  const {site} = options;
  if (typeof site === 'function') return site;
  if (site) return () => site;
  return createSiteSource(options);
}

function normalizeOptions(options: RemarkStatusOptions): Settings {
  const {config} = options;
  const getConfig =
    typeof config === 'function' ? config : config ? () => config : createConfigSource(options);
  return {
    getConfig,
    getSite: siteSource(options),
    report: options.report ?? true,
    component: options.importSource ? IMPORTED_COMPONENT : (options.component ?? 'StatusBlock'),
    importSource: options.importSource,
    refComponent: options.refComponent ?? 'StatusRef',
    tableComponent: options.tableComponent ?? 'StatusTable',
    today: options.today,
    history: options.history,
    sdgBasePath: options.sdgBasePath ?? '/sdg',
    nexusBasePath: options.nexusBasePath ?? '/nexus',
    staticDirectories: options.staticDirectories ?? ['static'],
    cwd: options.cwd,
    errorCards: options.errorCards
      ? {
          component: options.errorComponent ?? 'StatusBlockError',
          importSource: options.errorImportSource,
        }
      : undefined,
  };
}

/** The history prop: each change with the statuses' labels; `undefined` when there is none. */
function historyProps(entries: HistoryEntry[] | undefined, config: ModelConfig) {
  if (!entries?.length) return undefined;
  const label = (value?: string) =>
    value === undefined ? undefined : (config.statusByValue.get(value)?.label ?? value);
  return entries.map((entry) => ({
    ...entry,
    fromLabel: label(entry.from),
    toLabel: label(entry.to)!,
  }));
}

/** The local name of the block's component when the page imports it (`importSource`). */
export const IMPORTED_COMPONENT = 'KmportalStatusBlock';

const parsedByPath = new WeakMap<SiteModel, Map<string, ParsedPage>>();

/** The site's parse of the page at `path` (absolute, as the site lists its files). */
function parsedPageAt(site: SiteModel, path: string): ParsedPage | undefined {
  let pages = parsedByPath.get(site);
  if (!pages) {
    pages = new Map(site.pages.map((parsed, index) => [resolve(site.files[index]!), parsed]));
    parsedByPath.set(site, pages);
  }
  return pages.get(path);
}

/**
 * The page's blocks with their items: the site's read of the page when it read this very text (no
 * second parse of the front matter and items), else read from this tree, reporting on `target`.
 */
function statusBlocksOf(
  tree: Root,
  file: VFile,
  target: VFile,
  context: {config: ModelConfig; report: boolean; getSite: () => SiteModel},
): {blocks: StatusBlockNode[]; reused?: ParsedPage; translatedFrom?: string} {
  const {config, getSite} = context;
  // A translated page of a locale's site: its blocks carry the source page's fields.
  const translated = file.path && translatedPageAt(getSite(), resolve(file.cwd, file.path));
  if (translated) {
    const blocks = translatedBlocks(tree, String(file.value), translated, config);
    return {blocks, reused: translated.parsed, translatedFrom: translated.source};
  }
  if (!context.report && file.path) {
    const parsed = parsedPageAt(getSite(), resolve(file.cwd, file.path));
    const paired = parsed && pairStatusBlocks(tree, String(file.value), parsed);
    if (paired) return {blocks: paired, reused: parsed};
  }
  const page = readPageMeta(tree, target, config);
  return {blocks: extractStatusBlocks(tree, target, {config, page})};
}

/** remark plugin: renders each `:::status` block as `<StatusBlock …>` with its body, and each pull as `<StatusRef>` or `<StatusTable>`. */
export default function remarkStatus(options: RemarkStatusOptions) {
  const settings = normalizeOptions(options);
  return function transformer(tree: Root, file: VFile): void {
    const config = settings.getConfig(file.path);
    const target = settings.report ? file : new VFile({path: file.path, value: file.value});
    let site: SiteModel | undefined;
    const getSite = () => (site ??= settings.getSite(file.path));
    const {blocks, reused, translatedFrom} = statusBlocksOf(tree, file, target, {
      config,
      report: settings.report,
      getSite,
    });
    // A translated page's statuses change in its source page: the history is the source's.
    const historyPath = translatedFrom ?? file.path;
    const timelines = historyPath ? settings.history?.(historyPath, config) : undefined;
    const linkEvidence = file.path
      ? evidenceLinker(getSite, resolve(file.cwd, file.path), parsedPageAt, {
          staticDirectories: settings.staticDirectories.map((dir) =>
            resolve(settings.cwd ?? file.cwd, dir),
          ),
        })
      : undefined;
    // The page's docs instance and version: its cards' chips link to their indexes.
    const version = file.path ? pageFolder({}, resolve(file.cwd, file.path)).version : undefined;
    for (const {node, item} of blocks) {
      const element = node as unknown as MdxJsxFlowElement;
      const body = withoutActionLines(
        node.children.filter(
          (child) => !(child.type === 'paragraph' && child.data?.directiveLabel),
        ) as RootContent[],
        item,
      );
      // Codes only: the theme names them from the registry in global data (see `card.ts`), so a
      // page does not carry every unit name, SDG colour and nexus title again on each card.
      const {id, title, ...fields} = {
        ...withActionHistory(cardCodes(item, settings, linkEvidence, version), (id) =>
          historyProps(ownValue(timelines, id), config),
        ),
        pulledBy: pulledByProps(item.id, getSite()),
        history: historyProps(ownValue(timelines, item.id), config),
        ...(translatedFrom && item.untranslated ? {untranslated: config.defaultLocale} : {}),
      };
      Object.assign(element, {
        type: 'mdxJsxFlowElement',
        name: settings.component,
        attributes: jsxAttributes({id, title, [CARD_ATTRIBUTE]: encodeCard(fields)}),
        children: body as RootContent[],
      });
      delete (element as {label?: unknown}).label;
    }
    if (settings.errorCards) {
      const messages = reused ? reused.messages : target.messages;
      const elements = blocks.map(({node}) => node as unknown as MdxJsxFlowElement);
      showErrors(tree, messages, elements, settings.errorCards);
    }
    if (settings.importSource && blocks.length > 0) {
      tree.children.unshift(importNode(IMPORTED_COMPONENT, settings.importSource));
    }
    // The site's read of this very text found no pulls: no second search (its messages are not reported here).
    if (reused && reused.pulls.length === 0) return;
    const pulls = extractPullNodes(tree, target, config);
    if (pulls.length > 0) transformPulls(pulls, {...settings, site: getSite(), target});
  };
}
