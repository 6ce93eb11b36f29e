import type {Options as ClassicOptions} from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {Options as StatusOptions} from '@kmportal/docusaurus-plugin-status';
import type {Options as IndexesOptions} from '@kmportal/kb-indexes';
import type {Options as ReviewOptions} from '@kmportal/kb-review';
import type {Options as SearchOptions} from '@kmportal/docusaurus-search';
import type {Options as FeedsOptions} from '@kmportal/kb-feeds';

/** Settings the preset takes from the docs plugin's options, so that no plugin is told them again. */
type FromDocs = 'docsDir' | 'routeBasePath';

/** Options of the preset: those of `@docusaurus/preset-classic`, plus one entry per KM portal plugin. */
export interface Options extends ClassicOptions {
  /** Options of `@kmportal/docusaurus-plugin-status` (checks status blocks, renders cards). */
  status?: Omit<StatusOptions, FromDocs | 'id'>;
  /** Show each item's status changes read from git on its card (default `true`). */
  history?: boolean;
  /** Options of `@kmportal/kb-indexes` (SDG, nexus, status pages, exports), or `false` to leave it out. */
  indexes?: Omit<IndexesOptions, FromDocs | 'id'> | false;
  /** Options of `@kmportal/kb-review` (review page and badge), or `false` to leave it out. */
  review?: Omit<ReviewOptions, FromDocs | 'id'> | false;
  /** Options of `@kmportal/docusaurus-search` (search box and page), or `false` to leave it out. */
  search?: Omit<SearchOptions, FromDocs | 'id'> | false;
  /** Options of `@kmportal/kb-feeds` (iCalendar and Atom feeds), or `false` to leave it out. */
  feeds?: Omit<FeedsOptions, FromDocs | 'id'> | false;
  /**
   * More docs plugin instances (e.g. a `handbook` beside `docs`), each the options of
   * `@docusaurus/plugin-content-docs` with its `id`: the preset adds each with the status remark plugin.
   */
  docsInstances?: (DocsOptions & {id: string})[];
}

/** Where the docs live and are served, as the docs plugin was told (its own defaults otherwise). */
export interface DocsSettings {
  /** The docs plugin's `path`, relative to the site folder (default `docs`). */
  docsDir: string;
  /** The docs plugin's `routeBasePath` (default `docs`). */
  routeBasePath: string;
}

/** The docs settings of the preset's options; the suite needs the docs plugin, so `docs: false` is refused. */
export function docsSettings(options: Options): DocsSettings {
  const {docs} = options;
  if (docs === false) {
    throw new Error(
      '@kmportal/docusaurus-preset: `docs: false` was given, but the suite renders status blocks of the docs plugin. ' +
        'Remove `docs: false`, or use `@docusaurus/preset-classic` and add the KM portal plugins you need one by one.',
    );
  }
  return {docsDir: docs?.path ?? 'docs', routeBasePath: docs?.routeBasePath ?? 'docs'};
}

/** Rejects options of the KM portal plugins that the preset takes from the docs plugin. */
export function rejectRepeatedDocsSettings(options: Options): void {
  for (const key of ['status', 'indexes', 'review', 'search', 'feeds'] as const) {
    const part = options[key] as Record<string, unknown> | false | undefined;
    if (!part) continue;
    for (const setting of ['docsDir', 'routeBasePath'])
      if (setting in part)
        throw new Error(
          `@kmportal/docusaurus-preset: \`${key}.${setting}\` was given, but the preset takes it from the docs plugin. ` +
            `Remove \`${key}.${setting}\` and set \`docs.${setting === 'docsDir' ? 'path' : setting}\` instead.`,
        );
  }
}

/** Refuses a docs instance without an `id`, or with the id of classic's docs plugin (`default`) or another's. */
export function checkDocsInstances(options: Options): void {
  const seen = new Set<string>(['default']);
  for (const [index, instance] of (options.docsInstances ?? []).entries()) {
    const id = (instance as {id?: unknown}).id;
    if (typeof id !== 'string' || id === '' || seen.has(id))
      throw new Error(
        `@kmportal/docusaurus-preset: \`docsInstances[${index}]\` needs an \`id\` of its own (found ${JSON.stringify(id)}); ` +
          "`default` is the `docs` option's instance. Give each instance an id such as `handbook`, and its own `path` and `routeBasePath`.",
      );
    seen.add(id);
  }
}
