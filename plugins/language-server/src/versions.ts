// The docs versions a workspace holds, as `kb check` checks them: the docs folder and, when it is the
// site's current version, each released version of `versions.json` in `versioned_docs/`. Each version is
// a site of its own (its registries, its ids, its pulls), so a page's diagnostics and ids resolve in it.
import {existsSync} from 'node:fs';
import {dirname, isAbsolute, join, relative, sep} from 'node:path';
import {docsVersions, readVersionNames, report, type DocsVersion} from '@kmportal/model';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {SiteWorkspace, type WorkspaceOptions} from './workspace.js';

/** The site folder of a docs folder: where `versions.json` is, else the root (as `kb check` finds it). */
function siteDirOf(docsDir: string, cwd: string): string {
  return [cwd, dirname(docsDir)].find((dir) => existsSync(join(dir, 'versions.json'))) ?? cwd;
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

/** `kb check`'s message for a version named in `versions.json` without its folder. */
function missingVersion(version: DocsVersion, siteDir: string, cwd: string): VFileMessage[] {
  const file = new VFile({path: posix(relative(cwd, join(siteDir, 'versions.json')))});
  const folder = relative(cwd, version.contentPath);
  report(
    file,
    `Version \`${version.name}\` has no folder \`${folder}\`: Docusaurus stops the build. Create it with \`docusaurus docs:version ${version.name}\` or remove the name from versions.json.`,
    undefined,
    'missing-version-folder',
  );
  return file.messages;
}

/** What `SiteVersions.reload` changed: the versions read anew, and those gone. */
export interface VersionsChange {
  added: SiteWorkspace[];
  removed: SiteWorkspace[];
}

/** Every docs version of a workspace, each a `SiteWorkspace`; the current docs first. */
export class SiteVersions {
  sites: SiteWorkspace[] = [];
  /** Problems of `versions.json` itself (unreadable, a version without its folder). */
  messages: VFileMessage[] = [];
  /** Absolute path of `versions.json`. */
  readonly versionsFile: string;
  /** Absolute folder of the released versions' docs (`versioned_docs`). */
  readonly versionedDocs: string;
  /** The site folder (where versions.json is, else the workspace root). */
  readonly siteDir: string;

  constructor(private readonly where: WorkspaceOptions) {
    this.siteDir = siteDirOf(where.docsDir, where.cwd);
    this.versionsFile = join(this.siteDir, 'versions.json');
    this.versionedDocs = join(this.siteDir, 'versioned_docs');
    this.reload();
  }

  /**
   * Reads `versions.json` again (it changed, or a version's folder came or went): a version whose
   * folder is the same keeps its site; the others are new (to be loaded) or gone.
   */
  reload(): VersionsChange {
    const {where, siteDir} = this;
    const names = readVersionNames(siteDir);
    for (const message of names.messages)
      if (message.file) message.file = posix(relative(where.cwd, message.file));
    const released = docsVersions({siteDir}).filter((version) => version.name !== 'current');
    const present = released.filter((version) => existsSync(version.contentPath));
    this.messages = [
      ...names.messages,
      ...released
        .filter((version) => !present.includes(version))
        .flatMap((version) => missingVersion(version, siteDir, where.cwd)),
    ];
    const old = new Map(
      this.sites.map((site) => [`${site.where.version}\n${site.where.docsDir}`, site]),
    );
    const sites = [
      old.get(`current\n${where.docsDir}`) ?? new SiteWorkspace({...where, version: 'current'}),
      ...present.map(
        (version) =>
          old.get(`${version.name}\n${version.contentPath}`) ??
          new SiteWorkspace({...where, docsDir: version.contentPath, version: version.name}),
      ),
    ];
    const added = sites.filter((site) => !this.sites.includes(site));
    const removed = this.sites.filter((site) => !sites.includes(site));
    this.sites = sites;
    return {added, removed};
  }

  /** Whether a change to this file may change the versions: `versions.json`, or in `versioned_docs/`. */
  isVersioning(path: string): boolean {
    const inside = relative(this.versionedDocs, path);
    return (
      path === this.versionsFile ||
      (!inside.startsWith('..') && inside !== '' && !isAbsolute(inside))
    );
  }

  /** The version a page belongs to (the innermost docs folder holding it), else the current docs. */
  siteOf(path: string): SiteWorkspace {
    const holders = this.sites.filter((site) => site.isPage(path) || site.isRegistry(path));
    const deepest = holders.sort((a, b) => b.where.docsDir.length - a.where.docsDir.length)[0];
    return deepest ?? this.sites[0]!;
  }

  /** Whether a file is a page of some version. */
  isPage(path: string): boolean {
    return this.sites.some((site) => site.isPage(path));
  }
}
