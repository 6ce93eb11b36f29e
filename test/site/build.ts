import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** The bundlers a fixture site is built with: Docusaurus Faster (Rspack) and webpack. */
export type Bundler = 'faster' | 'webpack';

/** Every bundler, Faster first: it is what the Docusaurus 3.10 template turns on (`future.v4`). */
export const BUNDLERS: readonly Bundler[] = ['faster', 'webpack'];

/** How to build a fixture site. */
export interface BuildOptions {
  /** Default `faster`. */
  bundler?: Bundler;
  /** The site folder, e.g. a copy made by `copyFixtureSite` (default `test/fixtures/<name>`). */
  siteDir?: string;
  /** Keep the bundler's persistent cache in this folder across builds (default: no persistent cache). */
  cacheDir?: string;
}

/** The result of building a fixture site with the real Docusaurus CLI. */
export interface BuildResult {
  status: number | null;
  outDir: string;
  output: string;
}

const root = join(__dirname, '..', '..');

/** A copy of `test/fixtures/<name>` in a temporary folder, resolving packages from the repository. */
export function copyFixtureSite(name: string): string {
  const siteDir = mkdtempSync(join(tmpdir(), `${name}-copy-`));
  cpSync(join(root, 'test', 'fixtures', name), siteDir, {
    recursive: true,
    filter: (path) => !/[\\/](?:\.docusaurus|build|node_modules)$/.test(path),
  });
  symlinkSync(join(root, 'node_modules'), join(siteDir, 'node_modules'), 'dir');
  return siteDir;
}

/**
 * A configuration file (in a temporary folder) that is the site's own with the bundler chosen and,
 * when asked, the persistent cache kept in `cacheDir` (never in the repository's `node_modules/.cache`).
 * With a cache it is written into `cacheDir` under a fixed name: the configuration file is one of the
 * bundler's build dependencies, and a new path on each build would evict the cache under test.
 */
export function wrapperConfig(
  siteDir: string,
  bundler: Bundler,
  cacheDir: string | undefined,
): string {
  const dir = cacheDir ? join(cacheDir, 'config') : mkdtempSync(join(tmpdir(), 'fixture-config-'));
  const path = join(dir, `docusaurus.${bundler}.config.ts`);
  // Docusaurus resolves presets and plugins from the configuration file's folder.
  if (!existsSync(join(dir, 'node_modules'))) {
    mkdirSync(dir, {recursive: true});
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  }
  const cachePlugin = cacheDir
    ? `[bundlerCachePlugin, {directory: ${JSON.stringify(cacheDir)}}]`
    : '';
  writeFileSync(
    path,
    [
      `import config from ${JSON.stringify(join(siteDir, 'docusaurus.config.ts'))};`,
      `import {bundlerCachePlugin} from ${JSON.stringify(join(__dirname, 'bundler-cache-plugin.ts'))};`,
      'export default {',
      '  ...config,',
      // Faster as the Docusaurus 3.10 template turns it on (`v4: true`); webpack by turning it off.
      `  future: {...config.future, ${bundler === 'faster' ? 'v4: true' : 'faster: false'}},`,
      `  plugins: [...(config.plugins ?? []), ${cachePlugin}],`,
      '};',
      '',
    ].join('\n'),
  );
  return path;
}

/** Builds a fixture site through the whole plugin lifecycle into a temporary folder. */
export function buildFixtureSite(name: string, options: BuildOptions = {}): BuildResult {
  const {bundler = 'faster', siteDir = join(root, 'test', 'fixtures', name), cacheDir} = options;
  const outDir = mkdtempSync(join(tmpdir(), `${name}-${bundler}-`));
  const env: NodeJS.ProcessEnv = {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'};
  if (cacheDir) delete env.DOCUSAURUS_NO_PERSISTENT_CACHE;
  else env.DOCUSAURUS_NO_PERSISTENT_CACHE = '1';
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
      'build',
      siteDir,
      '--config',
      wrapperConfig(siteDir, bundler, cacheDir),
      '--out-dir',
      outDir,
    ],
    {cwd: root, encoding: 'utf8', env},
  );
  return {status: result.status, outDir, output: `${result.stdout}\n${result.stderr}`};
}
