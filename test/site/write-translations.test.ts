import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {copyFixtureSite} from './build';

// `docusaurus write-translations` of an adopter's site (the preset: every package of the suite) in three
// locales, as a translator runs it: every string of every theme component of the suite is extracted
// (through the theme paths the plugins give Docusaurus), each with the French or Russian the package
// ships as its message, and nothing the packages ship is left out.

const root = join(__dirname, '..', '..');
const PLUGINS = join(root, 'plugins');
const LOCALES = ['fr', 'ru'] as const;

/** Every `theme.kb.*` translation the suite's packages ship for `locale`, by id. */
function shipped(locale: string): Map<string, string> {
  const messages = new Map<string, string>();
  for (const name of readdirSync(PLUGINS)) {
    const file = join(PLUGINS, name, 'locales', locale, 'code.json');
    if (!existsSync(file)) continue;
    for (const [id, message] of Object.entries(JSON.parse(readFileSync(file, 'utf8'))))
      messages.set(id, message as string);
  }
  return messages;
}

let siteDir: string;

beforeAll(() => {
  siteDir = copyFixtureSite('adopter-site');
  const config = join(siteDir, 'docusaurus.i18n.config.ts');
  writeFileSync(
    config,
    "import config from './docusaurus.config';\n" +
      "export default {...config, i18n: {defaultLocale: 'en', locales: ['en', 'fr', 'ru']}};\n",
  );
  for (const locale of LOCALES) {
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
        'write-translations',
        siteDir,
        '--config',
        config,
        '--locale',
        locale,
      ],
      {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}},
    );
    if (result.status !== 0)
      throw new Error(`write-translations --locale ${locale} failed:\n${result.stderr}`);
  }
}, 600_000);

afterAll(() => rmSync(siteDir, {recursive: true, force: true}));

test.each(LOCALES)(
  'write-translations --locale %s extracts every suite string, with the shipped translation',
  (locale) => {
    const written = JSON.parse(
      readFileSync(join(siteDir, 'i18n', locale, 'code.json'), 'utf8'),
    ) as Record<string, {message: string}>;
    const suite = Object.keys(written).filter((id) => id.startsWith('theme.kb.'));
    const ships = shipped(locale);
    expect(ships.size).toBeGreaterThan(200);
    const problems = [
      ...[...ships.keys()].filter((id) => !(id in written)).map((id) => `${id}: not extracted`),
      ...suite.filter((id) => !ships.has(id)).map((id) => `${id}: extracted, not shipped`),
      ...suite
        .filter((id) => ships.has(id) && written[id]!.message !== ships.get(id))
        .map((id) => `${id}: written "${written[id]!.message}", shipped "${ships.get(id)}"`),
    ];
    expect(problems).toEqual([]);
  },
);

test.each(LOCALES)('the plugins’ own translation files are written for %s', (locale) => {
  const files = [
    'kmportal-status/labels.json',
    'kmportal-indexes/pages.json',
    'kmportal-review/pages.json',
  ];
  for (const file of files)
    expect([file, existsSync(join(siteDir, 'i18n', locale, file))]).toEqual([file, true]);
});
