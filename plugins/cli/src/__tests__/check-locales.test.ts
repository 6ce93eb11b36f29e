import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../main.js';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-locales-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function check(dir: string, args: string[] = []) {
  const out: string[] = [];
  const io = {cwd: dir, stdout: {write: (t: string) => out.push(t)}, stderr: {write: () => {}}};
  const code = await main(['check', '--no-color', '--no-sdg-hints', ...args], io);
  const lines = out.join('').trimEnd().split('\n');
  return {code, lines};
}

const fr = 'i18n/fr/docusaurus-plugin-content-docs/current';
const ru = 'i18n/ru/docusaurus-plugin-content-docs/current';
const siteConfig = (locales: string) =>
  `module.exports = {title: 'KM', i18n: {defaultLocale: 'en', locales: ${locales}}};\n`;
const files = {
  'docusaurus.config.js': siteConfig("['en', 'fr', 'ru']"),
  'docs/units.yml':
    '- code: OES\n  name:\n    en: Office of the Executive Secretary\n    fr: Bureau de la Secrétaire exécutive\n',
  'docs/nexus.yml': [
    '- slug: cities',
    '  title: {en: Cities, fr: Villes, ru: Города}',
    '  description: {en: Cities., fr: Villes., ru: Города.}',
    '',
  ].join('\n'),
  'docs/plan.md': [
    ':::status[Adopt the strategy]{#p-1 status=completed owner=OES}',
    ':::',
    '',
    ':::status[Train focal points]{#p-2 status=ongoing owner=OES}',
    ':::',
    '',
  ].join('\n'),
  [`${fr}/plan.md`]: [
    ':::status[Adopter la stratégie]{#p-1 status=ongoing}',
    ':::',
    '',
    ':::status[Former]{#p-3}',
    ':::',
    '',
  ].join('\n'),
  [`${ru}/plan.md`]: ':::status[Принять стратегию]{#p-1}\n:::\n\n:::status[Обучить]{#p-2}\n:::\n',
};

describe('kb check over translations', () => {
  test('reports drift, orphans and untranslated blocks of each locale, naming it', async () => {
    const {code, lines} = await check(site(files));
    expect(code).toBe(1);
    expect(lines.map((line) => line.replace(/\d+ ms$/, 'N ms'))).toMatchInlineSnapshot(`
     [
       "docs/units.yml:1:3  info  [ru] units.yml: \`OES\` has no \`ru\` name, so ru pages show \`Office of the Executive Secretary\`; add \`ru: …\` under \`name\`.  [untranslated-registry]",
       "i18n/fr/docusaurus-plugin-content-docs/current/plan.md:1:1  info  [fr] Block \`p-2\` is not translated into fr: fr pages show it from the English page (docs/plan.md:4:1) with a “not translated yet” note; add \`:::status[…]{#p-2}\` with its translated title and body.  [untranslated-block]",
       "i18n/fr/docusaurus-plugin-content-docs/current/plan.md:1:45  [fr] status in fr differs from en: ongoing ≠ completed; remove it, fields come from the English page (docs/plan.md:1:1).  [translation-drift]",
       "i18n/fr/docusaurus-plugin-content-docs/current/plan.md:4:1  [fr] Block \`p-3\` in fr has no block with this id in the English page (docs/plan.md): a translated block takes its fields from the source block; correct the id or add the block to the English page. Did you mean \`p-2\`?  [orphan-block]",
       "✖ 1 error, 1 warning in 1 file: 1 page and 2 status items (translations: fr, ru) checked in N ms",
     ]
    `);
  });

  test('JSON output gives each translation problem its locale and severity', async () => {
    const {lines} = await check(site(files), ['--format', 'json']);
    const json = JSON.parse(lines.join('\n')) as {
      locales: string[];
      problems: {locale?: string; severity: string; ruleId: string}[];
    };
    expect(json.locales).toEqual(['fr', 'ru']);
    expect(json.problems.map((p) => [p.locale, p.severity, p.ruleId])).toEqual([
      ['ru', 'info', 'untranslated-registry'],
      ['fr', 'info', 'untranslated-block'],
      ['fr', 'warning', 'translation-drift'],
      ['fr', 'error', 'orphan-block'],
    ]);
  });

  test('the locales are those of the site config: a folder it does not name is warned about', async () => {
    const {code, lines} = await check(
      site({...files, 'docusaurus.config.js': siteConfig("['en', 'fr']")}),
    );
    expect(code).toBe(1);
    expect(lines.filter((l) => /\[ru\]|`ru`|^✖/.test(l))).toEqual([
      "docs/nexus.yml:2:35  nexus.yml: unknown locale `ru` in the title of `cities`, expected one of the site's locales `en` or `fr`. Did you mean `en`?  [unknown-locale]",
      "docs/nexus.yml:3:43  nexus.yml: unknown locale `ru` in the description of `cities`, expected one of the site's locales `en` or `fr`. Did you mean `en`?  [unknown-locale]",
      'i18n/ru:1:1  [ru] Folder `i18n/ru` is not a locale of docusaurus.config.js (`i18n.locales`: `en`, `fr`): Docusaurus does not build it, so its translations are never shown and not checked. Add `ru` to `i18n.locales`, or rename or remove the folder.  [unconfigured-locale-folder]',
      expect.stringMatching(/^✖ 1 error, 4 warnings in 3 files: .* \(translations: fr\) checked/),
    ]);
  });

  test('a locale of the site config with no folder is warned about where the config names it', async () => {
    const {lines} = await check(
      site({...files, 'docusaurus.config.js': siteConfig("['en', 'fr', 'ru', 'de']")}),
    );
    expect(lines.filter((line) => line.includes('[de]'))).toEqual([
      'docusaurus.config.js:1:88  [de] Locale `de` is configured in docusaurus.config.js but has no folder `i18n/de`: its pages show the English text and nothing is checked for it. Run `docusaurus write-translations --locale de` and translate pages into `i18n/de/docusaurus-plugin-content-docs/current/`, or remove `de` from `i18n.locales`.  [missing-locale-folder]',
    ]);
  });

  test('without a site config, a registry translated into a locale the site does not have is warned about', async () => {
    const {'docusaurus.config.js': _config, ...noConfig} = files;
    const {lines} = await check(site({...noConfig, [`${fr}/plan.md`]: '', [`${ru}/plan.md`]: ''}), [
      '--default-locale',
      'fr',
    ]);
    expect(lines.filter((line) => line.includes('unknown-locale'))).toMatchInlineSnapshot(`
     [
       "docs/nexus.yml:2:11  nexus.yml: unknown locale \`en\` in the title of \`cities\`, expected one of the site's locales \`fr\` or \`ru\`. Did you mean \`fr\`?  [unknown-locale]",
       "docs/nexus.yml:3:17  nexus.yml: unknown locale \`en\` in the description of \`cities\`, expected one of the site's locales \`fr\` or \`ru\`. Did you mean \`fr\`?  [unknown-locale]",
       "docs/units.yml:3:5  units.yml: unknown locale \`en\` in the name of \`OES\`, expected one of the site's locales \`fr\` or \`ru\`. Did you mean \`fr\`?  [unknown-locale]",
     ]
    `);
  });

  test('a site without translations is checked as before', async () => {
    const only = {
      'docs/units.yml': '- code: OES\n  name: Office of the Executive Secretary\n',
      'docs/nexus.yml': '- slug: cities\n  title: Cities\n  description: Cities.\n',
      'docs/plan.md': files['docs/plan.md'],
    };
    const {code, lines} = await check(site(only));
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^✔ no problems: 1 page and 2 status items checked/);
  });
});
