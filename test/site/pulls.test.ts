import {load, type CheerioAPI} from 'cheerio';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {BUNDLERS, buildFixtureSite, type BuildResult} from './build';

jest.setTimeout(300_000);

const texts = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).text().trim())
    .get();

describe.each(BUNDLERS)(
  'pulls between pages, built through the real plugin lifecycle (%s)',
  (bundler) => {
    let build: BuildResult;
    const page = (route: string) =>
      load(readFileSync(join(build.outDir, route, 'index.html'), 'utf8'));

    beforeAll(() => {
      build = buildFixtureSite('pulls-site', {bundler});
    });

    test('builds, with no broken anchor in the links to items (`/docs/…#id`)', () => {
      expect(build.status).toBe(0);
      expect(build.output).not.toMatch(/broken anchor/i);
    });

    test('a ref shows the live card of an item of another page, linking to its home', () => {
      const $ = page('docs/plans/action-plan');
      const card = $('.kb-status-ref');
      expect(card.length).toBe(1);
      const title = card.find('a.kb-status-ref__title');
      expect(title.text()).toBe('Strengthen city statistics');
      expect(title.attr('href')).toBe('/docs/evaluations/eval-2017#eval-2017-r3');
      expect(card.find('.kb-status-badge').text()).toBe('Delayed');
      expect(texts($, '.kb-status-ref dd')).toEqual(['Statistical Division (SD)', 'H1 2019']);
      expect(card.find('.kb-status-ref__home').text()).toBe('Defined in Evaluation 2017');
      expect(card.find('.kb-status-ref__home a').attr('href')).toBe('/docs/evaluations/eval-2017');
      // The card carries the item's fields, not its body, and no duplicate of its anchor.
      expect($('main').text()).not.toContain('Waiting for the survey');
      expect($('#eval-2017-r3').length).toBe(0);
    });

    test('a table lists the matching items (AND across attributes, OR within one) under a caption', () => {
      const $ = page('docs/plans/action-plan');
      const table = $('table.kb-status-table');
      expect(table.find('caption').text()).toBe(
        'Open work on SDG 11 (status Ongoing or Delayed; SDG 11)',
      );
      expect(texts($, 'table.kb-status-table th')).toEqual([
        'Id',
        'Title',
        'Status',
        'Responsible',
        'Due',
        'Page',
      ]);
      const rows = table.find('tbody tr');
      expect(
        rows
          .map((_, row) => [
            $(row)
              .find('td')
              .map((__, cell) => $(cell).text())
              .get(),
          ])
          .get(),
      ).toEqual([
        [
          'eval-2017-r3',
          'Strengthen city statistics',
          'Delayed',
          'SD',
          'H1 2019',
          'Evaluation 2017',
        ],
        ['ap-1', 'Publish the handbook', 'Ongoing', 'PMU, OES', 'Q4 2019', 'Action plan 2019'],
      ]);
      expect(rows.first().find('td:nth-child(2) a').attr('href')).toBe(
        '/docs/evaluations/eval-2017#eval-2017-r3',
      );
    });

    test('an MDX page filters by page type, and says so when nothing matches', () => {
      const $ = page('docs/overview');
      expect(texts($, 'table.kb-status-table caption')).toEqual([
        'Status items: on a page of type evaluation',
      ]);
      expect(texts($, 'table.kb-status-table tbody td:first-child')).toEqual([
        'eval-2017-r3',
        'eval-2017-r4',
      ]);
      expect($('.kb-status-table--empty').text()).toBe(
        'No items match status Cancelled; responsible Office of the Executive Secretary.',
      );
      expect($('.kb-status-ref a.kb-status-ref__title').attr('href')).toBe(
        '/docs/plans/action-plan#ap-1',
      );
    });

    test('each item’s card lists the pages that pull it', () => {
      const $ = page('docs/evaluations/eval-2017');
      const links = (id: string) =>
        $(`#${id} .kb-status-block__pulled-by a`)
          .map((_, a) => [[$(a).text(), $(a).attr('href')]])
          .get();
      expect($('#eval-2017-r3 .kb-status-block__pulled-by').text()).toMatch(/^Referenced from:/);
      expect(links('eval-2017-r3')).toEqual([
        ['Overview', '/docs/overview'],
        ['Action plan 2019', '/docs/plans/action-plan'],
      ]);
      expect(links('eval-2017-r4')).toEqual([['Overview', '/docs/overview']]);
      // A page's table that includes its own item is no backlink.
      const plan = page('docs/plans/action-plan');
      expect(texts(plan, '#ap-1 .kb-status-block__pulled-by a')).toEqual(['Overview']);
    });

    test('an unknown id is reported by path:line:col with the closest id, and shows a notice', () => {
      expect(build.output).toContain(
        'docs/stale-ref.md:3:17  Unknown id `eval-2017-r5` in `::status-ref`: no status block on the site has this id. Did you mean `eval-2017-r3`?  [unknown-id]',
      );
      const $ = page('docs/stale-ref');
      const notice = $('.kb-status-ref--missing');
      expect(notice.attr('role')).toBe('note');
      expect(notice.text()).toBe(
        'No status item has the id eval-2017-r5: check the id in this page’s ::status-ref.',
      );
    });

    test('a page carries only what it pulls, not the whole item set', () => {
      const $ = page('docs/plans/action-plan');
      expect($('main').text()).not.toContain('Close the liaison office');
    });
  },
);
