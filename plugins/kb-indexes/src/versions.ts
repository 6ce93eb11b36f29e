import {defaultVersion, type DocsVersion} from '@kmportal/model';
import type {IndexPaths} from './data.js';

/** One docs version's indexes: the version and the routes of its pages. */
export interface VersionIndexes {
  version: DocsVersion;
  paths: IndexPaths;
}

/** One entry of the version switcher: a version, and the same page in it. */
export interface IndexVersionLink {
  name: string;
  label: string;
  /** The page in that version, with baseUrl. */
  href: string;
  /** Whether the page shows this version. */
  shown: boolean;
  /** Whether it is the version shown by default (the docs plugin's last one). */
  isLast: boolean;
}

/**
 * The part of a version's route after the last version's, as the docs plugin serves it: `next` for
 * `/docs/next` beside `/docs`, `1.0` for `/docs/1.0`; the version's name when its route is elsewhere.
 */
export function versionSegment(version: DocsVersion, last: DocsVersion): string {
  const base = withoutSlashes(last.path);
  const path = withoutSlashes(version.path);
  const rest = base === '' ? path : path.startsWith(`${base}/`) ? path.slice(base.length + 1) : '';
  return rest || version.name;
}

/** `path` without its leading and trailing slashes. */
function withoutSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path[start] === '/') start++;
  while (end > start && path[end - 1] === '/') end--;
  return path.slice(start, end);
}

/** The routes of a version's pages: each route of `paths` followed by the version's segment. */
export function versionPaths(paths: IndexPaths, segment: string): IndexPaths {
  const under = (path: string) => `/${[withoutSlashes(path), segment].filter(Boolean).join('/')}`;
  return {
    sdgBasePath: under(paths.sdgBasePath),
    nexusBasePath: under(paths.nexusBasePath),
    matrixPath: under(paths.matrixPath),
    statusPath: under(paths.statusPath),
  };
}

/**
 * Every version's indexes, in the docs plugin's order: the last version's at the configured routes
 * (`/sdg`), each other one's below them (`/sdg/next`, `/sdg/1.0`).
 */
export function versionIndexes(
  versions: readonly DocsVersion[],
  paths: IndexPaths,
): VersionIndexes[] {
  const last = defaultVersion(versions);
  if (!last) return [];
  const own: IndexPaths = {
    sdgBasePath: paths.sdgBasePath,
    nexusBasePath: paths.nexusBasePath,
    matrixPath: paths.matrixPath,
    statusPath: paths.statusPath,
  };
  return versions.map((version) => ({
    version,
    paths: version === last ? own : versionPaths(own, versionSegment(version, last)),
  }));
}

/**
 * The switcher of a page shown in `shown`: the same page in every version (`pathIn` gives its route
 * there), or `undefined` when there is one version only.
 */
export function switcherLinks(
  all: readonly VersionIndexes[],
  shown: DocsVersion,
  pathIn: (indexes: VersionIndexes) => string,
  route: (path: string) => string,
): IndexVersionLink[] | undefined {
  if (all.length < 2) return undefined;
  return all.map((indexes) => ({
    name: indexes.version.name,
    label: indexes.version.label,
    href: route(pathIn(indexes)),
    shown: indexes.version === shown,
    isLast: indexes.version.isLast,
  }));
}

/** Where the SDG and nexus chips of one docs instance's cards link (global data: a few routes). */
export interface CardLinksData {
  docsPluginId: string;
  /** The default version's routes, and each other version's by its name. */
  shown: {sdgBase: string; nexusBase: string};
  versions: Record<string, {sdgBase: string; nexusBase: string}>;
}

/** The chips' routes of the versions that have indexes, the first of `linked` being the one shown. */
export function cardLinksData(
  docsPluginId: string,
  linked: readonly VersionIndexes[],
): CardLinksData {
  const links = ({paths}: VersionIndexes) => ({
    sdgBase: paths.sdgBasePath,
    nexusBase: paths.nexusBasePath,
  });
  const [shown, ...others] = linked;
  return {
    docsPluginId,
    shown: links(shown!),
    versions: Object.fromEntries(others.map((other) => [other.version.name, links(other)])),
  };
}
