// Files changed on disk (workspace file events): versions come and go, registries re-read, pages
// re-read, and the diagnostics that changed sent.
import {FileChangeType, type FileEvent, type TextDocuments} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import type {DiagnosticsPublisher} from './publish.js';
import type {TranslationChecks} from './translations.js';
import type {SiteVersions} from './versions.js';
import type {SiteWorkspace} from './workspace.js';

/** What a file event changes: the server's sites, open documents, publisher and translations. */
export interface WatchedState {
  versions: SiteVersions;
  documents: TextDocuments<TextDocument>;
  publisher: DiagnosticsPublisher;
  translations: TranslationChecks;
  pathOf(uri: string): string | undefined;
  /** An open document's parse brought up to its text. */
  refresh(uri: string): void;
  /** The translations checked again (their diagnostics sent if any changed). */
  checkTranslations(): void;
}

/** Reads versions.json again; the new versions' pages are read, open pages moved to their version. */
async function reloadVersions(state: WatchedState): Promise<Set<SiteWorkspace>> {
  const {added} = state.versions.reload();
  for (const site of added) await site.load();
  for (const document of state.documents.all()) state.refresh(document.uri);
  return new Set(added);
}

/** Applies file events once the site has been read. */
export async function filesChanged(changes: FileEvent[], state: WatchedState): Promise<void> {
  const {versions} = state;
  const siteOf = (path: string) => versions.siteOf(path);
  const paths = changes.map((change) => ({path: state.pathOf(change.uri), type: change.type}));
  // versions.json or a released version's folder changed: versions come and go (read anew).
  const added = paths.some(({path}) => path && versions.isVersioning(path))
    ? await reloadVersions(state)
    : new Set<SiteWorkspace>();
  // A registry changed: its version's pages are checked again, read on worker threads.
  const registries = new Set(
    paths.flatMap(({path}) => (path && siteOf(path).isRegistry(path) ? [siteOf(path)] : [])),
  );
  for (const site of registries) if (!added.has(site)) await site.load();
  for (const {path, type} of paths) {
    const site = path ? siteOf(path) : undefined;
    if (path && site && !registries.has(site) && !added.has(site))
      site.fileChanged(path, type === FileChangeType.Deleted);
  }
  state.publisher.publishAll();
  if (paths.some(({path}) => path && state.translations.concerns(path))) state.checkTranslations();
}
