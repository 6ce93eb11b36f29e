import {join} from 'node:path';
import {loadSite} from '@kmportal/model';
import type {Page} from 'playwright-core';
import {seriousViolations, useBrowserSite} from './support';

// The portal's French and Russian builds (`/fr/…`, `/ru/…` of the one build): the suite's strings come
// from the packages' shipped translations, numbers, dates and plurals from Intl in the page's language.

jest.setTimeout(180_000);

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const EVALUATION = '/docs/evaluations/cross-sectoral-collaboration-2017';
const AUDIT = '/docs/evaluations/sample-audit-follow-up';

interface Expected {
  locale: 'fr' | 'ru';
  lang: string;
  dashboard: string;
  sdg: string;
  response: string;
  accepted: string;
  completed: string;
  longDate: string;
  month: string;
  tbc: string;
  quarter: string;
  /** The count line of an SDG card, from its page and item counts. */
  counts: (pages: number, items: number) => RegExp;
  /** The key-action line of an SDG card that has key actions. */
  keyActions: (actions: number) => RegExp;
  /** "overdue by N days" after an open item's past due date, N written as digits. */
  overdueBy: (days: number) => string;
}

// French: 0 and 1 take the singular.
const frForm = (n: number, one: string, other: string) => (n <= 1 ? one : other);

const ruForm = (n: number, one: string, few: string, many: string) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

const LOCALES: Expected[] = [
  {
    locale: 'fr',
    lang: 'fr',
    dashboard: 'Tableau de bord du suivi',
    sdg: 'Objectifs de développement durable',
    response: 'Réponse de la direction',
    accepted: 'Acceptée',
    completed: 'Achevé',
    longDate: '31 décembre 2018',
    month: 'février 2018',
    tbc: 'à confirmer',
    quarter: 'T1 2026',
    counts: (pages, items) =>
      new RegExp(
        `^${pages} ${frForm(pages, 'page', 'pages')} · ${items} ${frForm(items, 'élément', 'éléments')}$`,
      ),
    keyActions: (n) => new RegExp(`^${n} ${frForm(n, 'mesure clé', 'mesures clés')}$`),
    overdueBy: (n) => `en retard de ${n} ${frForm(n, 'jour', 'jours')}`,
  },
  {
    locale: 'ru',
    lang: 'ru',
    dashboard: 'Панель мониторинга',
    sdg: 'Цели в области устойчивого развития',
    response: 'Ответ руководства',
    accepted: 'Принята',
    completed: 'Выполнено',
    longDate: '31 декабря 2018 г.',
    month: 'февраль 2018 г.',
    tbc: 'уточняется',
    quarter: '1-й кв. 2026',
    counts: (pages, items) =>
      new RegExp(
        `^${pages} ${ruForm(pages, 'страница', 'страницы', 'страниц')} · ${items} ${ruForm(items, 'элемент', 'элемента', 'элементов')}$`,
      ),
    keyActions: (n) =>
      new RegExp(`^${n} ${ruForm(n, 'ключевая мера', 'ключевые меры', 'ключевых мер')}$`),
    overdueBy: (n) => `просрочено на ${n} ${ruForm(n, 'день', 'дня', 'дней')}`,
  },
];

describe.each(LOCALES)('the $locale build in Chromium', (expected) => {
  const web = useBrowserSite();
  const open = async (path: string): Promise<Page> => {
    const page = await web.newPage();
    await page.goto(`${web.url}/${expected.locale}${path}`);
    return page;
  };

  test('the dashboard speaks the language, with its lang attribute, and passes axe', async () => {
    const page = await open('/status');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(expected.lang);
    await expect(page.locator('h1').innerText()).resolves.toBe(expected.dashboard);
    await page.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    const count = await page.locator('[data-kb-count]').innerText();
    expect(count).not.toMatch(/items match|page \d+ of/);
    expect(count).toContain(String(site.items.length));
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  test('a card names its fields, response and dates in the language', async () => {
    const page = await open(EVALUATION);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(expected.lang);
    // The fields' labels and values (unit names are the registry's, the body the page's own text).
    const fields = await page.locator('article#eval-2017-r1 .kb-status-block__fields').innerText();
    expect(fields).toContain(expected.response);
    expect(fields).toContain(expected.accepted);
    expect(fields).toContain(expected.longDate);
    expect(fields).not.toMatch(/Management response|Responsible|Due\b|Accepted|December/);
    await expect(
      page.locator('article#eval-2017-r1 .kb-status-block__status').innerText(),
    ).resolves.not.toBe('Ongoing');
    await expect(page.locator('article#eval-2017-r3').innerText()).resolves.toContain(
      expected.month,
    );
    await expect(page.locator('article#eval-2017-r2').innerText()).resolves.toContain(expected.tbc);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  test('an open item past its due date says by how many days, in the language’s plural forms', async () => {
    const closed = (status: string) => site.config.statusByValue.get(status)?.closed ?? false;
    const today = new Date().toLocaleDateString('sv'); // YYYY-MM-DD, the browser's day too
    const late = site.items.find(
      (i) =>
        i.path.includes('cross-sectoral') && i.due?.end && i.due.end < today && !closed(i.status),
    );
    expect(late).toBeDefined();
    const days = Math.round((Date.parse(today) - Date.parse(late!.due!.end!)) / 86_400_000);
    const digits = (text: string) => text.replace(/(\d)[\s\u00a0\u202f](?=\d)/g, '$1');
    const page = await open(EVALUATION);
    const mark = page.locator(`article#${late!.id} .kb-status-block__fields .kb-overdue-by`);
    await expect(mark.innerText().then(digits)).resolves.toBe(expected.overdueBy(days));
    await expect(mark.getAttribute('data-kb-overdue')).resolves.toBe(String(days));
    // The dashboard's table: every overdue mark in the language's form of its own count.
    const dashboard = await open('/status?due=overdue');
    await dashboard.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    const marks = dashboard.locator('table[data-kb-items] .kb-overdue-by');
    await marks.first().waitFor();
    for (const one of await marks.all()) {
      const n = Number(await one.getAttribute('data-kb-overdue'));
      await expect(one.innerText().then(digits)).resolves.toBe(expected.overdueBy(n));
    }
    await expect(seriousViolations(dashboard)).resolves.toEqual([]);
    // The owning unit's page: the late item's row says it too.
    const unit = late!.owners.find((code) => site.config.units?.has(code));
    expect(unit).toBeDefined();
    const unitPage = await open(`/units/${encodeURIComponent(unit!)}`);
    const row = unitPage.locator(`main table tbody tr:has(th code:text-is("${late!.id}"))`);
    const unitMark = row.first().locator('.kb-overdue-by');
    await expect(unitMark.innerText().then(digits)).resolves.toBe(expected.overdueBy(days));
  });

  test('a quarter due date is the language’s quarter', async () => {
    const page = await open(AUDIT);
    await expect(page.locator('body').innerText()).resolves.toContain(expected.quarter);
  });

  test('the SDG index counts pages and items with the language’s plural forms', async () => {
    const page = await open('/sdg');
    await expect(page.locator('h1').innerText()).resolves.toBe(expected.sdg);
    // The count line of each card (a card with no items says so instead of a breakdown), and the
    // key-action line of a card whose goal has key actions (one number).
    const lines = (await page.locator('main li p').allInnerTexts()).filter((t) => /\d/.test(t));
    const counts = lines.map((line) => [...line.matchAll(/\d+/g)].map((m) => Number(m[0])));
    expect(counts.filter((numbers) => numbers.length === 2).length).toBeGreaterThan(0);
    expect(counts.filter((numbers) => numbers.length === 1).length).toBeGreaterThan(0);
    lines.forEach((line, i) => {
      const [first, second] = counts[i]!;
      if (second === undefined) expect(line).toMatch(expected.keyActions(first!));
      else expect(line).toMatch(expected.counts(first!, second));
    });
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  test('the locale dropdown links the same page in the other languages', async () => {
    const page = await open('/sdg');
    const hrefs = await page
      .locator('.navbar__items--right .dropdown__menu a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/sdg', '/fr/sdg', '/ru/sdg']));
  });
});
