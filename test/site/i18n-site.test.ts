import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {load} from 'cheerio';
import {buildFixtureSite, copyFixtureSite, type BuildResult} from './build';

// One build of the three-locale fixture (en, fr, ru), from a copy whose English page changed a status
// after the translations were written: the translations carry no fields, so fr and ru show the change.
let build: BuildResult;
let siteDir: string;
const LOCALES = ['en', 'fr', 'ru'] as const;
const prefix = (locale: string) => (locale === 'en' ? '' : locale);

function page(locale: string, route: string) {
  return load(readFileSync(join(build.outDir, prefix(locale), route, 'index.html'), 'utf8'));
}

interface ExportedItem {
  id: string;
  title: string;
  status: string;
  owners: string[];
  actions: unknown[];
  untranslated: boolean;
  lang: string;
}

function items(locale: string): ExportedItem[] {
  const file = join(build.outDir, prefix(locale), 'kb', 'items.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as {items: ExportedItem[]}).items;
}

describe('a three-locale site through the real build', () => {
  beforeAll(() => {
    siteDir = copyFixtureSite('i18n-site');
    const path = join(siteDir, 'docs', 'evaluations', 'review-2017.md');
    const text = readFileSync(path, 'utf8');
    // The focal point updates the English page only.
    // ev-3 (not translated into French) is listed on the goal 17 page too.
    const changed = text
      .replace('{#ev-1 status=ongoing', '{#ev-1 status=completed')
      .replace(
        '{#ev-3 status=planned owner=OES due=2020}',
        '{#ev-3 status=planned owner=OES due=2020 sdg=17}',
      );
    writeFileSync(path, changed);
    build = buildFixtureSite('i18n-site', {siteDir});
  }, 900_000);

  afterAll(() => {
    rmSync(build.outDir, {recursive: true, force: true});
    rmSync(siteDir, {recursive: true, force: true});
  });

  test('builds every locale', () => {
    expect(build.status).toBe(0);
    expect(build.output).not.toMatch(/\[ERROR\]/);
  });

  test('a status changed in the English page shows in the French and Russian pages', () => {
    for (const locale of LOCALES) {
      const card = page(locale, 'docs/evaluations/review-2017')('article#ev-1');
      expect([locale, card.attr('class')]).toEqual([
        locale,
        expect.stringContaining('kb-status-block--completed'),
      ]);
    }
    const titles = LOCALES.map((l) =>
      page(l, 'docs/evaluations/review-2017')('#ev-1-title').text(),
    );
    expect(titles).toEqual([
      'Become a more integrated organization​',
      'Devenir une organisation plus intégrée​',
      'Стать более интегрированной организацией​',
    ]);
  });

  test('a translation that leaves out `type` links to the report of its source page', () => {
    // Neither translation writes `type: evaluation`: the English page's type decides.
    for (const locale of LOCALES) {
      const link = page(locale, 'docs/evaluations/review-2017')('[data-kb-report-link] a');
      const base = locale === 'en' ? '' : `/${locale}`;
      expect([locale, link.attr('href')]).toEqual([
        locale,
        `${base}/status/report?doc=evaluations/review-2017`,
      ]);
    }
    for (const locale of LOCALES)
      expect(page(locale, 'docs/notes')('[data-kb-report-link]')).toHaveLength(0);
  });

  test('links between translated and untranslated pages lead to the doc in the same locale', () => {
    expect(page('fr', 'docs/notes')('main a[href^="/fr/docs/evaluations"]').attr('href')).toBe(
      '/fr/docs/evaluations/review-2017#ev-1',
    );
    const fr = page('fr', 'docs/evaluations/review-2017');
    const back = fr('main a')
      .map((_, a) => fr(a).attr('href'))
      .get()
      .filter((href) => href.includes('notes'));
    // The link in the text, and the pagination's next-page link: both in the French site.
    expect(back.length).toBeGreaterThan(0);
    expect(new Set(back)).toEqual(new Set(['/fr/docs/notes']));
  });

  test('a block the translation lacks is shown from the English page with a note', () => {
    const fr = page('fr', 'docs/evaluations/review-2017');
    const card = fr('article#ev-3');
    expect(card.find('#ev-3-title').text()).toContain('Share lessons learned');
    expect(card.find('#ev-3-title').attr('lang')).toBe('en');
    expect(card.find('.kb-status-block__untranslated').text()).toMatch(
      /^Pas encore traduit : affiché en anglais/,
    );
    expect(
      page('ru', 'docs/evaluations/review-2017')('.kb-status-block__untranslated'),
    ).toHaveLength(0);
    // Units are named in the reader's language.
    expect(fr('article#ev-1').text()).toContain('Bureau de la Secrétaire exécutive');
  });

  test('items.json of every locale has the same ids, statuses and counts, titles in its language', () => {
    const [en, fr, ru] = LOCALES.map(items);
    const fields = (list: ExportedItem[]) => list.map((i) => [i.id, i.status, i.owners]);
    expect(fields(fr!)).toEqual(fields(en!));
    expect(fields(ru!)).toEqual(fields(en!));
    expect(en!.find((i) => i.id === 'ev-1')?.status).toBe('completed');
    expect(fr!.map((i) => i.title)).toEqual([
      'Devenir une organisation plus intégrée',
      'Renforcer les statistiques ventilées par sexe',
      'Share lessons learned',
      'Write the handover note',
    ]);
    expect(ru!.find((i) => i.id === 'ev-3')?.title).toBe('Делиться извлечёнными уроками');
  });

  test('items.json marks the items each locale still shows in English, with their language', () => {
    const marks = (locale: string) =>
      items(locale).map((i) => `${i.id} ${i.lang} ${i.untranslated}`);
    expect(marks('en')).toEqual([
      'ev-1 en false',
      'ev-2 en false',
      'ev-3 en false',
      'n-1 en false',
    ]);
    expect(marks('fr')).toEqual(['ev-1 fr false', 'ev-2 fr false', 'ev-3 en true', 'n-1 en true']);
    expect(marks('ru')).toEqual(['ev-1 ru false', 'ev-2 ru false', 'ev-3 ru false', 'n-1 en true']);
  });

  test('lists of a translated locale mark the items shown in English, with lang on their titles', () => {
    for (const locale of ['fr', 'ru']) {
      const untranslated = new Set(
        items(locale)
          .filter((i) => i.untranslated)
          .map((i) => i.id),
      );
      const $ = page(locale, 'sdg/17');
      const listed = $('main li[data-kb-item]');
      expect(listed.length).toBeGreaterThan(0);
      listed.each((_, li) => {
        const id = $(li).attr('data-kb-item')!;
        const mark = $(li).find('.kb-untranslated-mark').text();
        const lang = $(li).find('a').first().attr('lang');
        expect([locale, id, mark, lang]).toEqual(
          untranslated.has(id)
            ? [
                locale,
                id,
                locale === 'fr' ? 'non traduit (anglais)' : 'не переведено (английский)',
                'en',
              ]
            : [locale, id, '', undefined],
        );
      });
    }
  });

  test('SDG pages are in the reader’s language, with the same counts', () => {
    const goal = (locale: string) => page(locale, 'sdg/17');
    expect(goal('en')('main').text()).toContain('Strengthen the means of implementation');
    expect(goal('fr')('main').text()).toContain('Renforcer les moyens de mettre en œuvre');
    expect(goal('ru')('main').text()).toContain('Укрепление средств осуществления');
    expect(goal('fr')('main').text()).toContain('Devenir une organisation plus intégrée');
    // The same items on the goal page of every locale.
    const linked = (locale: string) =>
      goal(locale)('main a[href*="#ev-"], main a[href*="#n-"]')
        .map((_, a) =>
          goal(locale)(a)
            .attr('href')!
            .replace(/^\/(fr|ru)\//, '/'),
        )
        .get()
        .sort();
    expect(linked('en').length).toBeGreaterThan(0);
    expect(linked('fr')).toEqual(linked('en'));
    expect(linked('ru')).toEqual(linked('en'));
    const nexus = (locale: string) => page(locale, 'nexus')('main').text();
    expect(nexus('fr')).toContain('Mesurer et suivre les progrès accomplis vers les ODD');
    expect(nexus('ru')).toContain('Измерение и мониторинг прогресса в достижении ЦУР');
  });
});
