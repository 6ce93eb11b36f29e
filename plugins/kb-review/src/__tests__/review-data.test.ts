import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadSite} from '@kmportal/model';
import * as api from '../index.js';
import {isoDay, reviewData} from '../review-data.js';

function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-review-'));
  const docsDir = join(dir, 'docs');
  mkdirSync(docsDir);
  writeFileSync(
    join(docsDir, 'units.yml'),
    '- code: OES\n  name: Office of the Executive Secretary\n- code: PMU\n  name: Programme Management Unit\n',
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(docsDir, name), text);
  return loadSite({docsDir, cwd: dir});
}

test('the public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
   [
     "REVIEW_PAGES",
     "badgeDatesOf",
     "default",
     "isoDay",
     "reviewBadgePages",
     "reviewData",
     "reviewRows",
     "validateOptions",
   ]
  `);
});

test('rows hold every page with a review cycle, never reviewed first, then by next review', () => {
  const model = site({
    'a.md': '---\ntitle: A\nowner: OES\nlast_reviewed: 2019-01-31\nreview_every: 1 month\n---\n',
    'b.md': '---\ntitle: B\nreviewers: [Programme Management Unit]\nreview_every: 1 year\n---\n',
    'c.md': '---\ntitle: C\nowner: PMU\nlast_reviewed: 2018-06-30\n---\n',
    'd.md': '---\ntitle: D\nowner: OES\n---\n',
  });
  expect(reviewData(model, '2019-03-01')).toEqual({
    builtOn: '2019-03-01',
    units: {OES: 'Office of the Executive Secretary', PMU: 'Programme Management Unit'},
    rows: [
      {title: 'B', permalink: '/docs/b', owners: [], reviewers: ['PMU'], every: '1 year'},
      {
        title: 'A',
        permalink: '/docs/a',
        owners: ['OES'],
        reviewers: [],
        lastReviewed: '2019-01-31',
        every: '1 month',
        next: '2019-02-28',
      },
      {
        title: 'C',
        permalink: '/docs/c',
        owners: ['PMU'],
        reviewers: [],
        lastReviewed: '2018-06-30',
        next: '2019-06-30',
      },
    ],
  });
});

test('isoDay is the local calendar day', () => {
  expect(isoDay(new Date(2019, 1, 28, 23, 59))).toBe('2019-02-28');
});

test('owner codes named like Object.prototype members are own entries (issue 18)', () => {
  const data = reviewData(
    site({
      'a.md':
        '---\ntitle: A\nowner: [constructor, __proto__]\nreviewers: [toString]\nlast_reviewed: 2020-01-01\n---\n',
    }),
    '2024-01-01',
  );
  const units = JSON.parse(JSON.stringify(data.units));
  expect(Object.keys(units)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
  expect(Object.values(units).every((name) => typeof name === 'string')).toBe(true);
});
