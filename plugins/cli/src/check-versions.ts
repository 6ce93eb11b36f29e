import {existsSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {
  compareMessages,
  docsVersions,
  loadSiteAsync,
  readVersionNames,
  report,
  type DocsVersion,
  type SiteModel,
} from '@kmportal/model';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {parseThreads} from './parse-threads.js';

/** The site folder of a docs folder: where `versions.json` is, else the working directory or its parent. */
function siteDirOf(docsDir: string, cwd: string): string {
  const candidates = [cwd, dirname(docsDir)];
  return candidates.find((dir) => existsSync(join(dir, 'versions.json'))) ?? cwd;
}

/**
 * Every docs version of the site read like `loadSite`: the docs folder and, when it is the site's
 * current version, each released version in `versioned_docs/` (from `versions.json`). Ids are unique
 * per version, so each version is checked on its own; the results are merged for reporting.
 */
export async function loadAllVersions(
  docsDir: string,
  cwd: string,
  locales?: {defaultLocale: string; locales: string[]},
  cacheDir?: string,
): Promise<SiteModel> {
  const siteDir = siteDirOf(docsDir, cwd);
  const {messages} = readVersionNames(siteDir);
  for (const message of messages) if (message.file) message.file = relative(cwd, message.file);
  const released = docsVersions({siteDir}).filter((version) => version.name !== 'current');
  const folders = [docsDir, ...released.map((version) => version.contentPath)];
  const sites: SiteModel[] = [];
  for (const folder of folders) {
    if (folder !== docsDir && !existsSync(folder)) continue;
    sites.push(await loadSiteAsync({docsDir: folder, cwd, ...locales, cacheDir}, parseThreads()));
  }
  const missing = released.filter((version) => !existsSync(version.contentPath));
  return mergeSites(sites, [
    ...messages,
    ...missing.flatMap((v) => missingVersion(v, siteDir, cwd)),
  ]);
}

/** A version named in `versions.json` without its folder: Docusaurus would stop the build. */
function missingVersion(version: DocsVersion, siteDir: string, cwd: string): VFileMessage[] {
  const file = new VFile({path: relative(cwd, join(siteDir, 'versions.json'))});
  const folder = relative(cwd, version.contentPath);
  report(
    file,
    `Version \`${version.name}\` has no folder \`${folder}\`: Docusaurus stops the build. Create it with \`docusaurus docs:version ${version.name}\` or remove the name from versions.json.`,
    undefined,
    'missing-version-folder',
  );
  return file.messages;
}

/** One report of several versions: their pages, items and messages together. */
function mergeSites(sites: SiteModel[], extra: VFileMessage[]): SiteModel {
  const [first] = sites;
  return {
    ...first!,
    pages: sites.flatMap((site) => site.pages),
    items: sites.flatMap((site) => site.items),
    messages: [...extra, ...sites.flatMap((site) => site.messages)].sort(compareMessages),
    files: sites.flatMap((site) => site.files),
  };
}
