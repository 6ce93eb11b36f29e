// Search per locale, in Chromium, on a three-locale fixture site: each locale's index holds its own pages
// in its language (accents, case and endings folded), and the search UI speaks the reader's language.
import type {Page} from 'playwright-core';
import {buildFixtureSite} from '../site/build';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(480_000);

describe('search per locale in Chromium', () => {
  let outDir = '';
  let output = '';
  let page: Page;

  beforeAll(() => {
    const build = buildFixtureSite('search-i18n-site');
    if (build.status !== 0) throw new Error(build.output);
    ({outDir, output} = build);
  });
  const web = useBrowserSite(() => outDir);

  beforeEach(async () => {
    page = await web.newPage();
  });
  afterEach(() => page.context().close());

  /** The result titles of the search page for `query` in `locale`'s site. */
  async function results(locale: string, query: string): Promise<string> {
    await page.goto(`${web.url}/${locale}/search?q=${encodeURIComponent(query)}`);
    // The live region says how many results, or none, once the answer is in (not while loading).
    await page.waitForFunction(() => {
      const text = document.querySelector('main [role="status"]')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });
    return page.locator('main ol').innerText();
  }

  test('the build registers the languages once (no "Overwriting existing registered function")', () => {
    expect(output).not.toContain('Overwriting existing registered function');
  });

  test('French: a word with and without accents, in capitals, in another form', async () => {
    for (const query of ['évaluation', 'evaluations', 'DÉVELOPPEMENT', 'developpement statistique'])
      await expect(results('fr', query)).resolves.toContain(
        'Évaluation du développement statistique',
      );
    // Where the page is translated, the French index holds the translation, not the English text.
    await expect(results('fr', 'evaluation')).resolves.not.toContain('Evaluation of statistical');
  });

  test('French: an untranslated page is found in the source language, marked', async () => {
    const text = await results('fr', 'handover');
    expect(text).toContain('Handover notes');
    expect(text).toContain('Pas encore traduit');
  });

  test('Russian: a word in another case ending, ё written е', async () => {
    await expect(results('ru', 'показателей')).resolves.toContain('Оценка развития статистики');
    await expect(results('ru', 'отчет')).resolves.toContain('Оценка развития статистики');
    await expect(results('ru', 'рекомендация')).resolves.toContain('Рекомендации');
  });

  test('the search box and page speak the reader’s language, with no serious violations', async () => {
    await results('fr', 'évaluation');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(
      page.getByRole('combobox', {name: 'Rechercher dans le portail'}).count(),
    ).resolves.toBe(1);
    await expect(page.locator('main [role="status"]').innerText()).resolves.toMatch(
      /^\d+ résultats?$/,
    );
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await results('ru', 'показатели');
    await expect(page.getByRole('combobox', {name: 'Поиск по порталу'}).count()).resolves.toBe(1);
  });
});
