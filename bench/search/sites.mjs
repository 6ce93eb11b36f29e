// The bench sites of `npm run bench:search`: one corpus built by Docusaurus without search (plain), with
// our plugin, with @easyops-cn/docusaurus-search-local, and Pagefind's way (the plain build, its HTML given
// Pagefind's default UI, then indexed by the `pagefind` CLI; its build time is the plain build's plus the
// indexing's, both measured in the same run).
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {filesBelow} from './files.mjs';

const root = new URL('../..', import.meta.url).pathname;
export const work = join(root, 'bench', '.work', 'search');
const bundler = () => (process.env.BENCH_SEARCH_BUNDLER === 'faster' ? 'faster' : 'webpack');

function siteConfig(variant, docsDir) {
  const search = {
    plain: {plugins: '', themes: '', navbar: ''},
    kmportal: {
      plugins: `'@kmportal/docusaurus-search',`,
      themes: '',
      navbar: `{type: 'search', position: 'right'}`,
    },
    easyops: {
      plugins: '',
      themes: `['@easyops-cn/docusaurus-search-local', {hashed: true, indexBlog: false, indexPages: false, docsRouteBasePath: 'docs', language: ['en', 'fr', 'ru']}]`,
      navbar: `{type: 'search', position: 'right'}`,
    },
  }[variant];
  return `import {statusRemarkPlugin} from '@kmportal/docusaurus-plugin-status';
export default {
  title: 'Bench ${variant}', url: 'https://example.org', baseUrl: '/',
  onBrokenLinks: 'ignore', onBrokenAnchors: 'ignore', markdown: {format: 'detect'},
  future: {v4: ${bundler() === 'faster'}},
  presets: [['classic', {docs: {path: ${JSON.stringify(docsDir)}, routeBasePath: 'docs',
    remarkPlugins: [statusRemarkPlugin({docsDir: ${JSON.stringify(docsDir)}})]}, blog: false, pages: false, theme: {}}]],
  plugins: [['@kmportal/docusaurus-plugin-status', {docsDir: ${JSON.stringify(docsDir)}, severity: 'warn'}], ${search.plugins}],
  themes: [${search.themes}],
  themeConfig: {navbar: {title: 'Bench', items: [${search.navbar}]}},
};
`;
}

/** The folder of a variant's site at a size (per bundler: webpack and Faster builds are kept apart). */
export function siteDirOf(variant, pages) {
  return join(work, `site-${pages}-${variant}${bundler() === 'faster' ? '-faster' : ''}`);
}

const TIME = '/usr/bin/time';

/**
 * Runs a node script, timed: wall seconds, and CPU seconds (user + system of the process, its threads and
 * children, as GNU time reports them; null without /usr/bin/time). Throws with its output on failure.
 */
function runTimed(args, env, what) {
  const cpuFile = join(tmpdir(), `bench-search-cpu-${process.pid}.txt`);
  const time = existsSync(TIME);
  const [command, commandArgs] = time
    ? [TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args]]
    : [process.execPath, args];
  const start = performance.now();
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env},
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0)
    throw new Error(
      `${what} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`,
    );
  const cpu = time
    ? readFileSync(cpuFile, 'utf8')
        .trim()
        .split(/\s+/)
        .slice(-2)
        .reduce((sum, n) => sum + Number(n), 0)
    : null;
  return {seconds, cpu};
}

/**
 * Runs `docusaurus build` of the site in `siteDir` (its docusaurus.config.ts written) into `siteDir/build`,
 * with `env` added; returns the output folder, the wall seconds and the CPU seconds it took.
 */
export function runDocusaurusBuild(siteDir, env = {}) {
  const outDir = join(siteDir, 'build');
  const bin = join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  return {
    outDir,
    ...runTimed([bin, 'build', siteDir, '--out-dir', outDir], env, `${siteDir} build`),
  };
}

/** Indexes a built site with the Pagefind CLI; returns its wall and CPU seconds. */
export function runPagefind(outDir) {
  const bin = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
  return runTimed([bin, '--site', outDir], {}, 'pagefind');
}

/** Builds a variant cold (no persistent cache); `run` numbers the build when each is built more than once. */
export function buildSite(variant, pages, docsDir, run = 0) {
  const siteDir = siteDirOf(variant, pages);
  const outDir = join(siteDir, 'build');
  const timeFile = join(siteDir, `build-time-${run}.json`);
  mkdirSync(siteDir, {recursive: true});
  writeFileSync(join(siteDir, 'docusaurus.config.ts'), siteConfig(variant, docsDir));
  if (
    process.env.BENCH_SEARCH_SKIP_BUILD &&
    existsSync(join(outDir, '404.html')) &&
    existsSync(timeFile)
  ) {
    const kept = JSON.parse(readFileSync(timeFile, 'utf8'));
    return {outDir, ...(typeof kept === 'number' ? {seconds: kept, cpu: null} : kept)};
  }
  const {seconds, cpu} = runDocusaurusBuild(siteDir, {
    DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
    NODE_OPTIONS: '--max-old-space-size=8192',
  });
  writeFileSync(timeFile, JSON.stringify({seconds, cpu}));
  return {outDir, seconds, cpu};
}

/** Pagefind's default UI in a box of its own outside Docusaurus's root (React hydration leaves it alone). */
const PAGEFIND_UI = `<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script><div id="pagefind-search" style="position:fixed;top:0;right:0;width:420px;max-height:100vh;overflow:auto;z-index:1000;background:#fff"></div><script>addEventListener("DOMContentLoaded",()=>new PagefindUI({element:"#pagefind-search",showSubResults:true}))</script>`;

/**
 * Pagefind's site: a copy of the plain build, every page given Pagefind's UI, indexed by its CLI.
 * Returns the output folder and the indexing's wall and CPU seconds (the CLI run, timed here).
 */
export function pagefindSite(plainOutDir, pages) {
  const outDir = join(siteDirOf('pagefind', pages), 'build');
  rmSync(outDir, {recursive: true, force: true});
  cpSync(plainOutDir, outDir, {recursive: true});
  for (const file of filesBelow(outDir, '.html')) {
    const html = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      html.replace(/<body([^>]*)>/, (body) => body + PAGEFIND_UI),
    );
  }
  return {outDir, ...runPagefind(outDir)};
}

/** The bundler the builds use, as printed. */
export function bundlerName() {
  return bundler() === 'faster' ? 'Docusaurus Faster (Rspack)' : 'webpack';
}
