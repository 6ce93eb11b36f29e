// The suite in a three-locale site (en, fr, ru), side by side with a plain three-locale preset-classic
// site over the same corpus and the same translations, on Docusaurus Faster, cold: `bench:build --locales`.
// Every other page is translated (its blocks by id with translated titles and bodies, no fields, as
// the suite wants translations written), so each locale's build merges translated pages and shows the
// untranslated ones from the source.
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {generateCorpus} from './corpus/generate.mjs';

const LOCALES = ['en', 'fr', 'ru'];
const WORD = {fr: 'Traduction', ru: 'Перевод'};

/** The site config: the plain preset-classic site, or the suite added to it, in three locales. */
function localeConfig(suite) {
  const imports = suite
    ? "import {statusRemarkPlugin} from '@kmportal/docusaurus-plugin-status';\n"
    : '';
  const remark = suite ? 'remarkPlugins: [statusRemarkPlugin()],' : '';
  const plugins = suite
    ? "plugins: [['@kmportal/docusaurus-plugin-status', {severity: 'warn'}], '@kmportal/kb-indexes'],"
    : '';
  return `${imports}export default {
  title: 'Bench', url: 'https://example.org', baseUrl: '/', onBrokenLinks: 'warn',
  markdown: {format: 'detect'},
  future: {v4: true},
  i18n: {defaultLocale: 'en', locales: ${JSON.stringify(LOCALES)}},
  presets: [['classic', {docs: {path: 'docs', routeBasePath: 'docs', ${remark}}, blog: false, pages: false, theme: {}}]],
  ${plugins}
};\n`;
}

/** A page as a translator writes it: its title, then each block by id with its title and body only. */
export function translatedPage(text, locale) {
  const word = WORD[locale];
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const title = /^title: "(.*)"$/m.exec(text)?.[1] ?? 'Page';
  const blocks = body.replace(
    /^:::status\[([^\]]*)\]\{(#[^\s}]+)(?:\s[^}]*)?\}$/gm,
    (_, blockTitle, id) => `:::status[${word}: ${blockTitle}]{${id}}`,
  );
  return `---\ntitle: "${word}: ${title}"\n---\n${blocks.replace(/^(\w)/gm, `${word} $1`)}`;
}

/** Writes the translations of every other page into `i18n/<locale>/…/current/`; returns how many. */
function translateCorpus(dir) {
  const docs = join(dir, 'docs');
  const pages = readdirSync(docs, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.md'))
    .sort()
    .filter((_, index) => index % 2 === 0);
  for (const locale of LOCALES.slice(1)) {
    const root = join(dir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
    for (const page of pages) {
      mkdirSync(dirname(join(root, page)), {recursive: true});
      writeFileSync(
        join(root, page),
        translatedPage(readFileSync(join(docs, page), 'utf8'), locale),
      );
    }
  }
  return pages.length;
}

/**
 * A translation key for each folder's sidebar category (`_category_.json`): a localized build stops on
 * two categories with one label (every type folder has its `batch-1`), as Docusaurus documents.
 */
function keyCategories(docs) {
  const folders = readdirSync(docs, {recursive: true, withFileTypes: true}).filter((e) =>
    e.isDirectory(),
  );
  for (const folder of folders) {
    const path = join(folder.parentPath ?? folder.path, folder.name);
    const key = path.slice(docs.length + 1);
    writeFileSync(join(path, '_category_.json'), `${JSON.stringify({key})}\n`);
  }
}

function prepareSite(work, name, pages) {
  const dir = join(work, `build-locales-${name}-${pages}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  generateCorpus({pages, out: dir});
  keyCategories(join(dir, 'docs'));
  const translated = translateCorpus(dir);
  writeFileSync(join(dir, 'docusaurus.config.mjs'), localeConfig(name === 'suite'));
  return {dir, translated};
}

/**
 * Cold three-locale builds of the suite site and the plain site, `runs` times alternating which goes
 * first (each run's two builds side by side); prints each run and the median ratios.
 */
export function localeBuilds({build, work, pages, runs, median}) {
  const suite = prepareSite(work, 'suite', pages);
  const plain = prepareSite(work, 'plain', pages);
  const times = {suite: [], plain: []};
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['suite', 'plain'] : ['plain', 'suite'];
    for (const name of order) times[name].push(build(name === 'suite' ? suite.dir : plain.dir));
    const [s, p] = [times.suite.at(-1), times.plain.at(-1)];
    const cpu =
      s.cpu === null
        ? ''
        : `; CPU suite ${s.cpu.toFixed(1)} s, plain ${p.cpu.toFixed(1)} s, ratio ${(s.cpu / p.cpu).toFixed(2)}`;
    console.log(
      `three-locale run ${run + 1}: suite ${s.wall.toFixed(1)} s, plain ${p.wall.toFixed(1)} s, ratio ${(s.wall / p.wall).toFixed(2)}${cpu}`,
    );
  }
  const ratios = (key) => times.suite.map((s, run) => s[key] / times.plain[run][key]);
  const cpu =
    times.suite[0].cpu === null ? '' : `; CPU: median ratio ${median(ratios('cpu')).toFixed(2)}`;
  console.log(
    `build on faster, three locales (${LOCALES.join(', ')}), ${pages} pages, ${suite.translated} translated into fr and ru${runs > 1 ? ` (${runs} runs)` : ''}: suite ${median(times.suite.map((t) => t.wall)).toFixed(1)} s, plain ${median(times.plain.map((t) => t.wall)).toFixed(1)} s, median ratio ${median(ratios('wall')).toFixed(2)}${cpu}`,
  );
}
