import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {load, type CheerioAPI} from 'cheerio';

// An adopter's path, end to end: the suite packed with `npm pack --workspaces`, a new Docusaurus
// TypeScript site (test/fixtures/adopter-site, copied outside the repository) that installs the
// tarballs from the npm registry's side of things, built with Docusaurus Faster and with webpack,
// and type-checked. Slow (an install and two builds): the timeouts are limits, not assertions.
jest.setTimeout(2_400_000);

const root = join(__dirname, '..', '..');

interface Run {
  status: number | null;
  /** Standard output alone (`npm pack --json` writes its JSON there; warnings go to stderr). */
  stdout: string;
  output: string;
}

/** The environment of a command run as an adopter would: no npm settings of the repository's own run. */
function adopterEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'DOCUSAURUS_NO_PERSISTENT_CACHE')
      env[key] = value;
  return {...env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra};
}

function run(command: string, args: string[], cwd: string, extra?: Record<string, string>): Run {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: adopterEnv(extra),
    maxBuffer: 64 * 1024 * 1024,
  });
  const error = result.error ? `\n${result.error.message}` : '';
  return {
    status: result.status,
    stdout: result.stdout,
    output: `${result.stdout}\n${result.stderr}${error}`,
  };
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackedFile {
  filename: string;
  name: string;
  files: {path: string}[];
}

/** Names of the workspaces marked `private` (packed, but not for npm: e.g. the VS Code extension). */
function privateWorkspaces(): Set<string> {
  const names = new Set<string>();
  for (const folder of readdirSync(join(root, 'plugins'))) {
    const manifest = join(root, 'plugins', folder, 'package.json');
    if (!existsSync(manifest)) continue;
    const {name, private: isPrivate} = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name: string;
      private?: boolean;
    };
    if (isPrivate) names.add(name);
  }
  return names;
}

let packed: PackedFile[] = [];
let packRun: Run;
let install: Run;
let typecheck: Run;
const builds = new Map<string, Run & {outDir: string}>();
let siteDir: string;

beforeAll(() => {
  const tarballs = mkdtempSync(join(tmpdir(), 'kmportal-tarballs-'));
  packRun = run(npm, ['pack', '--workspaces', '--json', '--pack-destination', tarballs], root);
  if (packRun.status !== 0) return;
  const hidden = privateWorkspaces();
  packed = (JSON.parse(packRun.stdout.slice(packRun.stdout.indexOf('['))) as PackedFile[]).filter(
    (p) => !hidden.has(p.name),
  );
  siteDir = mkdtempSync(join(tmpdir(), 'kmportal-adopter-'));
  cpSync(join(root, 'test', 'fixtures', 'adopter-site'), siteDir, {
    recursive: true,
    filter: (path) => !/[\\/](?:node_modules|build|\.docusaurus)$/.test(path),
  });
  const files = packed.map((p) => join(tarballs, p.filename));
  install = run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', ...files], siteDir);
  if (install.status !== 0) return;
  const docusaurus = join(siteDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  for (const bundler of ['faster', 'webpack']) {
    const outDir = join(siteDir, `build-${bundler}`);
    const build = run(process.execPath, [docusaurus, 'build', '--out-dir', outDir], siteDir, {
      KB_ADOPTER_BUNDLER: bundler,
    });
    builds.set(bundler, {...build, outDir});
  }
  const tsc = join(siteDir, 'node_modules', 'typescript', 'bin', 'tsc');
  typecheck = run(process.execPath, [tsc, '--noEmit', '-p', '.'], siteDir);
});

describe('the packed packages', () => {
  test('every workspace packs, and no tarball ships tests, sources outside the theme, or build info', () => {
    expect({status: packRun.status, output: packRun.status === 0 ? '' : packRun.output}).toEqual({
      status: 0,
      output: '',
    });
    expect(packed.map((p) => p.name).sort()).toEqual([
      '@kmportal/cli',
      '@kmportal/docusaurus-plugin-status',
      '@kmportal/docusaurus-preset',
      '@kmportal/docusaurus-search',
      '@kmportal/kb-feeds',
      '@kmportal/kb-indexes',
      '@kmportal/kb-review',
      '@kmportal/language-server',
      '@kmportal/model',
      '@kmportal/remark-status',
      '@kmportal/sdg-suggest',
      '@kmportal/status-history',
    ]);
    const stray = packed.flatMap((p) =>
      p.files
        .map((f) => f.path)
        .filter((path) => /__tests__|\.tsbuildinfo|\.map$|^src\/(?!theme[/-])/.test(path))
        .map((path) => `${p.name}: ${path}`),
    );
    expect(stray).toEqual([]);
  });

  test('the tarballs install into a new site in one `npm install`', () => {
    expect({status: install?.status, output: install?.status === 0 ? '' : install?.output}).toEqual(
      {
        status: 0,
        output: '',
      },
    );
  });
});

describe.each(['faster', 'webpack'])('the adopter site built with %s', (bundler) => {
  const page = (route: string): CheerioAPI => {
    const outDir = builds.get(bundler)?.outDir ?? '';
    return load(readFileSync(join(outDir, route, 'index.html'), 'utf8'));
  };

  test('builds', () => {
    const build = builds.get(bundler);
    // The output only when it failed, so that a failure shows why.
    expect({status: build?.status, output: build?.status === 0 ? '' : build?.output}).toEqual({
      status: 0,
      output: '',
    });
  });

  test('renders status cards and pulls, from the preset alone', () => {
    const $ = page('docs/plans/action-plan');
    expect($('article.kb-status-block#ap-1 .kb-status-badge').first().text()).toBe('Ongoing');
    expect($('.kb-status-ref a.kb-status-ref__title').text()).toBe('Strengthen city statistics');
    expect($('.kb-status-ref .kb-status-badge').text()).toBe('Delayed');
    const intro = page('docs/intro');
    const ids = intro('table.kb-status-table tbody td:first-child')
      .map((_, cell) => intro(cell).text())
      .get();
    expect(ids.sort()).toEqual(['ap-1', 'eval-r1']);
  });

  test('doc pages get the review badge under the title and the report link, with no site file', () => {
    const $ = page('docs/plans/action-plan');
    expect($('article h1 + .kb-review-badge').length).toBe(1);
    expect($('[data-kb-report-link] a').attr('href')).toMatch(/^\/status\/report/);
    expect($('.page-facts > p').first().text()).toBe(
      'Type: action-plan; owner: PMU; SDG: 11; nexus: smart-cities; review every 6 months.',
    );
  });

  test('the index pages, the review page, the search page and the exports exist', () => {
    const outDir = builds.get(bundler)?.outDir ?? '';
    const routes = ['sdg', 'sdg/11', 'nexus', 'nexus/smart-cities', 'status', 'review', 'search'];
    expect(routes.filter((route) => !existsSync(join(outDir, route, 'index.html')))).toEqual([]);
    const items = JSON.parse(readFileSync(join(outDir, 'kb', 'items.json'), 'utf8')) as {
      items: {id: string}[];
    };
    expect(items.items.map((item) => item.id).sort()).toEqual(['ap-1', 'eval-r1']);
  });
});

describe('the adopter site in TypeScript', () => {
  test('`tsc --noEmit` passes: theme modules and front-matter keys are typed with no reference of its own', () => {
    expect({
      status: typecheck?.status,
      output: typecheck?.status === 0 ? '' : typecheck?.output,
    }).toEqual({
      status: 0,
      output: '',
    });
  });
});
