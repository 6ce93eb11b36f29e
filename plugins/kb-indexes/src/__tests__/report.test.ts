import {pageHeadings, parseMarkdown} from '@kmportal/model';
import {VFile} from 'vfile';
import {
  groupByHeading,
  reportData,
  reportLinks,
  reportPath,
  reportFiles,
  reportSlug,
  validateOptions,
  type ReportData,
} from '../index.js';
import type {Options, PluginOptions} from '../options.js';
import {PAGES, siteOf} from './helpers.js';
import {reportRouteOf} from '../theme/useKbReportPath/path.js';

const MEETING =
  '---\ntitle: Session 12\ntype: meeting\nowner: OES\nas_of: 2020-05-01\nsymbol: ECE/EX/2020/1\n---\n\n' +
  ':::status[Before any heading]{#m0 status=planned owner=OES due=2020-06}\nFirst.\n:::\n\n' +
  '## Programme matters\n\nText.\n\n### Crime {#crime}\n\n' +
  ':::status[Curb crime]{#m1 status=ongoing owner=SD due=2019-12-31}\nFirst paragraph.\n\n- a point\n- another\n:::\n\n' +
  ':::status[Report back]{#m2 status=completed owner=OES due=2020-01}\nDone.\n:::\n\n' +
  '### Empty section\n\nNo items here.\n\n' +
  '## Management issues\n\n' +
  ':::status[Hire staff]{#m3 status=ongoing owner=UNKNOWN due=2019-06}\nHiring.\n:::\n';

const PLAN_PATH = 'plan.md';

const site = siteOf({...PAGES, 'meeting.md': MEETING, 'guide.md': '---\ntype: guidance\n---\n'});
const options = {
  reportBasePath: '/status/report',
  reportTypes: ['action-plan', 'evaluation', 'meeting'],
  routeBasePath: 'docs',
  statusPath: '/status',
};
const parsedOf = (source: string) => site.pages.find(({page}) => page.source === source)!;
const history = (path: string) =>
  path.endsWith(PLAN_PATH)
    ? {
        a1: [
          {date: '2019-01-02', commit: 'c1', author: 'Ann', to: 'planned'},
          {date: '2019-05-06', commit: 'c2', author: 'Bob', from: 'planned', to: 'ongoing'},
        ],
        e1: [{date: '2019-01-01', commit: 'x', author: 'Eve', to: 'delayed'}],
      }
    : {};

function meetingReport(): ReportData {
  return reportData(site, parsedOf('meeting.md'), {
    builtOn: '2020-06-15',
    siteUrl: 'https://example.org',
  });
}

const ids = (data: ReportData) => data.groups.flatMap((group) => group.items.map((i) => i.id));

describe('reportData', () => {
  test('groups items under their headings, with the enclosing headings, in page order', () => {
    const data = meetingReport();
    expect(
      data.groups.map(({heading, anchor, trail, items}) => ({
        heading,
        anchor,
        trail,
        ids: items.map((item) => item.id),
      })),
    ).toEqual([
      {heading: '', anchor: '', trail: [], ids: ['m0']},
      {
        heading: 'Crime',
        anchor: 'crime',
        trail: ['Programme matters', 'Crime'],
        ids: ['m1', 'm2'],
      },
      {
        heading: 'Management issues',
        anchor: 'management-issues',
        trail: ['Management issues'],
        ids: ['m3'],
      },
    ]);
  });

  test('holds only that page\u2019s items, counted per status in vocabulary order', () => {
    const data = meetingReport();
    expect(ids(data)).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect(data.total).toBe(4);
    expect(data.counts.map(({value, count}) => [value, count])).toEqual([
      ['planned', 1],
      ['ongoing', 2],
      ['completed', 1],
    ]);
    const plan = reportData(site, parsedOf(PLAN_PATH), {
      builtOn: '2020-06-15',
      siteUrl: 'https://example.org',
    });
    expect(ids(plan)).toEqual(['a1', 'a2']);
    expect(JSON.stringify(plan)).not.toContain('e1');
  });

  test('page metadata: title, owners by name, as-at date, symbol', () => {
    expect(meetingReport().page).toEqual({
      title: 'Session 12',
      type: 'meeting',
      description: null,
      permalink: '/docs/meeting',
      owners: [{code: 'OES', name: 'Office'}],
      asOf: '2020-05-01',
      symbol: 'ECE/EX/2020/1',
      source: null,
    });
  });

  test('items: owners by name (unknown codes as written), due date, body paragraphs and list items', () => {
    const [m1] = meetingReport().groups[1]!.items;
    expect(m1).toMatchObject({
      id: 'm1',
      title: 'Curb crime',
      status: 'ongoing',
      owners: [{code: 'SD', name: 'Statistics'}],
      due: {raw: '2019-12-31', kind: 'day', end: '2019-12-31'},
      response: null,
      url: '/docs/meeting#m1',
      body: ['First paragraph.', 'a point', 'another'],
      history: [],
    });
    const m3 = meetingReport().groups[2]!.items[0]!;
    expect(m3.owners).toEqual([{code: 'UNKNOWN', name: 'UNKNOWN'}]);
  });

  test('status history with labels, and the management response', () => {
    const plan = reportData(site, parsedOf(PLAN_PATH), {
      builtOn: '2020-06-15',
      siteUrl: 'https://example.org',
      history,
    });
    expect(plan.groups[0]!.items[0]!.history).toEqual([
      {date: '2019-01-02', commit: 'c1', author: 'Ann', to: 'planned', toLabel: 'Planned'},
      {
        date: '2019-05-06',
        commit: 'c2',
        author: 'Bob',
        from: 'planned',
        fromLabel: 'Planned',
        to: 'ongoing',
        toLabel: 'Ongoing',
      },
    ]);
    const withResponse = siteOf({
      'e.md':
        '---\ntype: evaluation\n---\n\n:::status[R]{#r1 status=ongoing owner=OES response=partially-accepted}\nNote.\n:::\n',
    });
    const data = reportData(withResponse, withResponse.pages[0]!, {
      builtOn: '2020-01-01',
      siteUrl: '',
    });
    expect(data.groups[0]!.items[0]!.response).toEqual({
      value: 'partially-accepted',
      label: 'Partially accepted',
    });
  });
});

describe('groupByHeading', () => {
  const at = (line: number, id: string) => ({id, position: {start: {line}}});

  test('without headings, one group in page order', () => {
    expect(groupByHeading([at(9, 'b'), at(3, 'a')], [])).toEqual([
      {heading: '', anchor: '', trail: [], items: [at(3, 'a'), at(9, 'b')]},
    ]);
  });

  test('a deeper heading closes at the next heading of its depth or above', () => {
    const source = '## A\n\n### B\n\nx\n\n## C\n\ny\n';
    const marks = pageHeadings(parseMarkdown(new VFile({path: 'p.md', value: source})));
    expect(marks.map((m) => [m.line, m.depth, m.text, m.anchor])).toEqual([
      [1, 2, 'A', 'a'],
      [3, 3, 'B', 'b'],
      [7, 2, 'C', 'c'],
    ]);
    expect(groupByHeading([at(5, 'x'), at(9, 'y')], marks).map((g) => g.trail)).toEqual([
      ['A', 'B'],
      ['C'],
    ]);
  });
});

describe('report routes and links', () => {
  test('slugs are the page path below the docs route', () => {
    expect(reportSlug('/docs/action-plans/plan-2019', 'docs')).toBe('action-plans/plan-2019');
    expect(reportSlug('/docs/toolbox/', 'docs')).toBe('toolbox');
    expect(reportSlug('/plans/a', '')).toBe('plans/a');
    expect(reportSlug('/docs', 'docs')).toBe('docs');
    expect(reportPath('/status/report', '/docs/a/b', 'docs')).toBe('/status/report?doc=a/b');
    expect(reportPath('/status/report', '/docs/a b/é', 'docs')).toBe(
      '/status/report?doc=a%20b/%C3%A9',
    );
  });

  test('the theme finds a doc page\u2019s report from its permalink and type, as the plugin routes it', () => {
    const places = {basePath: '/status/report', routeBasePath: 'docs', types: options.reportTypes};
    for (const link of reportLinks(site, options)) {
      expect(reportRouteOf(places, link.doc, link.type)).toBe(link.report);
    }
    for (const permalink of ['/docs/a/b', '/docs/toolbox/', '/docs', '/plans/x']) {
      expect(reportRouteOf(places, permalink, 'meeting')).toBe(
        reportPath('/status/report', permalink, 'docs'),
      );
    }
    expect(reportRouteOf(places, '/docs/a', 'guidance')).toBeUndefined();
    expect(reportRouteOf(places, '/docs/a', undefined)).toBeUndefined();
  });

  test('every page of the report types gets a report', () => {
    expect(reportLinks(site, options)).toEqual([
      {
        title: 'Evaluation',
        type: 'evaluation',
        doc: '/docs/eval',
        report: '/status/report?doc=eval',
        slug: 'eval',
        itemCount: 1,
      },
      {
        title: 'Session 12',
        type: 'meeting',
        doc: '/docs/meeting',
        report: '/status/report?doc=meeting',
        slug: 'meeting',
        itemCount: 4,
      },
      {
        title: 'Plan',
        type: 'action-plan',
        doc: '/docs/plan',
        report: '/status/report?doc=plan',
        slug: 'plan',
        itemCount: 2,
      },
    ]);
    expect(reportLinks(site, {...options, reportTypes: ['evaluation']})).toHaveLength(1);
  });

  test('one report file per page, each with its own page\u2019s items, in a folder named by content', () => {
    const context = {builtOn: '2020-06-15', siteUrl: 'https://example.org'};
    const {folder, files} = reportFiles(site, options, context);
    expect(files.map(({name}) => name)).toEqual(['eval.json', 'meeting.json', 'plan.json']);
    expect(files.map((file) => ids(JSON.parse(file.content) as ReportData))).toEqual([
      ['e1'],
      ['m0', 'm1', 'm2', 'm3'],
      ['a1', 'a2'],
    ]);
    expect(folder).toMatch(/^[0-9a-f]{10}$/);
    expect(reportFiles(site, options, context).folder).toBe(folder);
    expect(reportFiles(site, options, {...context, builtOn: '2020-06-16'}).folder).not.toBe(folder);
  });
});

describe('report options', () => {
  const validate = (options: Options) =>
    validateOptions({
      options,
      validate: (schema, value) => {
        const {error, value: validated} = (
          schema as {validate: (v: unknown) => {error?: Error; value: PluginOptions}}
        ).validate(value);
        if (error) throw error;
        return validated;
      },
    } as Parameters<typeof validateOptions>[0]);

  test('defaults, and the base path normalised once without a trailing slash', () => {
    expect(validate({})).toMatchObject({
      reportBasePath: '/status/report',
      reportTypes: ['action-plan', 'evaluation', 'meeting'],
    });
    expect(validate({reportBasePath: '/reports//'}).reportBasePath).toBe('/reports');
  });

  test('the site root and relative paths are refused', () => {
    expect(() => validate({reportBasePath: '/'})).toThrow(/reportBasePath/);
    expect(() => validate({reportBasePath: 'reports'})).toThrow(/reportBasePath/);
  });
});
