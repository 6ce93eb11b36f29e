import {docsVersions, loadModelConfig, loadSite, versionSiteOptions} from '@kmportal/model';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import remarkStatus, {decodeCard, pulledItemProps} from '../index.js';

// The model's three-locale fixture: docs/plan.md in English, its fr translation lacks block p-2.
const siteDir = join(__dirname, '..', '..', '..', 'model', 'test', 'i18n-site');
const locales = ['en', 'fr', 'ru'];

function siteIn(locale: string) {
  const localizationDir = join(siteDir, 'i18n', locale);
  const [version] = docsVersions({
    siteDir,
    i18n: {locale, defaultLocale: 'en', locales, localizationDir},
  });
  const options = {...versionSiteOptions(version!, {cwd: siteDir}), cacheDir: undefined};
  return {site: loadSite(options), config: loadModelConfig(options).config};
}

/** The cards the plugin renders for `path` in `locale`, in page order, and the body texts. */
function cards(locale: string, path: string) {
  const {site, config} = siteIn(locale);
  const file = new VFile({path, value: readFileSync(path, 'utf8')});
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkStatus, {site, config, report: false, today: '2020-01-01'});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const found: Record<string, unknown>[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    const props = Object.fromEntries(node.attributes.map((a) => [a.name, a.value as string]));
    const body = JSON.stringify(node.children);
    found.push({...decodeCard(props), body: /"value":"([^"]*)"/.exec(body)?.[1]});
  });
  return found.map(({id, title, status, owners, untranslated, body}) => ({
    id,
    title,
    status,
    owners,
    untranslated,
    body,
  }));
}

const translated = (locale: string) =>
  join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current', 'plan.md');

describe('remarkStatus on a translated page', () => {
  test('its blocks show the English page’s fields; a block it lacks is shown from the source', () => {
    expect(cards('fr', translated('fr'))).toEqual([
      {
        id: 'p-1',
        title: 'Adopter la stratégie',
        status: 'completed',
        owners: ['OES'],
        untranslated: undefined,
        body: 'Adoptée.',
      },
      {
        id: 'p-2',
        title: 'Train focal points',
        status: 'ongoing',
        owners: ['PMU'],
        untranslated: 'en',
        body: 'Two sessions held.',
      },
    ]);
  });

  test('a fully translated page carries every block translated, with the same fields', () => {
    expect(
      cards('ru', translated('ru')).map((c) => [c.id, c.title, c.status, c.untranslated]),
    ).toEqual([
      ['p-1', 'Принять стратегию', 'completed', undefined],
      ['p-2', 'Обучить координаторов', 'ongoing', undefined],
    ]);
  });

  test('an untranslated page in a locale is the source page, with no note', () => {
    const notes = cards('fr', join(siteDir, 'docs', 'notes.md'));
    expect(notes.map((c) => [c.id, c.title, c.untranslated])).toEqual([
      ['n-1', 'Write the handover note', undefined],
    ]);
  });
});

describe('pulled items on a translated page', () => {
  test('an item not translated yet carries the source locale (its title is in it)', () => {
    const {site} = siteIn('fr');
    const pulled = site.items.map((item) => pulledItemProps(item, site));
    const marks = pulled.map(({id, title, untranslated}) => ({id, title, untranslated}));
    expect(marks.find((item) => item.id === 'p-1')).toEqual({
      id: 'p-1',
      title: 'Adopter la stratégie',
      untranslated: undefined,
    });
    expect(marks.find((item) => item.id === 'p-2')).toMatchObject({untranslated: 'en'});
    const english = siteIn('en').site;
    expect(english.items.every((item) => !pulledItemProps(item, english).untranslated)).toBe(true);
  });
});
