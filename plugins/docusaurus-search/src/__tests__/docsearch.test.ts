import {docsearchRecords} from '../docsearch';
import {siteDocuments} from '../documents';
import {siteOf} from './helpers';

describe('DocSearch records', () => {
  test('one record per document, with lvl0…lvl6, content, url and facets', () => {
    const {site} = siteOf({
      'plan.md':
        '---\ntitle: Plan\ntype: action-plan\nowner: PMU\n---\n\nIntro.\n\n## Steps\n\nDo it.\n\n:::status[Act]{#p-1 status=ongoing owner=PMU sdg="11.2"}\nBody.\n:::\n',
    });
    const records = docsearchRecords(siteDocuments(site, {baseUrl: '/base/'}));
    expect(records.map((r) => r.url)).toEqual([
      '/base/docs/plan',
      '/base/docs/plan#steps',
      '/base/docs/plan#p-1',
    ]);
    expect(records[1]).toMatchObject({
      url_without_anchor: '/base/docs/plan',
      anchor: 'steps',
      type: 'content',
      content: 'Do it.',
      hierarchy: {lvl0: 'Action plan', lvl1: 'Plan', lvl2: 'Steps', lvl3: null, lvl6: null},
      'hierarchy.lvl2': 'Steps',
      page_type: ['action-plan'],
    });
    expect(records[2]).toMatchObject({
      status: ['ongoing'],
      unit: ['PMU'],
      sdg: ['11'],
      item_id: 'p-1',
    });
  });
});
