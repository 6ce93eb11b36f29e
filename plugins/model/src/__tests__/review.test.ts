import fc from 'fast-check';
import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';
import {parsePage} from '../parse.js';
import {nextReview, parseReviewInterval, reviewState} from '../review-dates.js';

const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', 'test', 'registry')});

function parse(frontMatter: string) {
  return parsePage({path: 'page.md', value: `---\n${frontMatter}\n---\n\n# Page\n`}, config);
}

describe('nextReview', () => {
  test('a month end stays in its month', () => {
    expect(nextReview('2019-01-31', '1 month')).toBe('2019-02-28');
    expect(nextReview('2019-08-31', '6 months')).toBe('2020-02-29');
    expect(nextReview('2019-03-31', '1 month')).toBe('2019-04-30');
  });

  test('leap years', () => {
    expect(nextReview('2020-02-29', '1 year')).toBe('2021-02-28');
    expect(nextReview('2020-02-29', '4 years')).toBe('2024-02-29');
    expect(nextReview('2019-02-28', '1 day')).toBe('2019-03-01');
    expect(nextReview('2020-02-28', '1 day')).toBe('2020-02-29');
  });

  test('weeks, days and singular units', () => {
    expect(nextReview('2019-12-30', '2 weeks')).toBe('2020-01-13');
    expect(nextReview('2019-12-31', '1 week')).toBe('2020-01-07');
    expect(nextReview('2019-01-01', '365 days')).toBe('2020-01-01');
    expect(nextReview('2019-01-01', '1 years')).toBe('2020-01-01');
  });

  test('is always later than the last review', () => {
    const day = fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2090-12-31'),
      noInvalidDate: true,
    });
    const unit = fc.constantFrom('days', 'weeks', 'months', 'years');
    fc.assert(
      fc.property(day, fc.integer({min: 1, max: 40}), unit, (date, count, u) => {
        const last = date.toISOString().slice(0, 10);
        return nextReview(last, `${count} ${u}`) > last;
      }),
    );
  });

  test('refuses a bad interval', () => {
    expect(() => nextReview('2019-01-01', 'often')).toThrow('Invalid review interval `often`');
  });
});

describe('parseReviewInterval', () => {
  test('reads a count and a unit', () => {
    expect(parseReviewInterval(' 6 Months ')).toEqual({
      ok: true,
      interval: {count: 6, unit: 'month', raw: '6 Months'},
    });
  });

  test('says why a value is not an interval', () => {
    expect(parseReviewInterval('6 mnths')).toEqual({
      ok: false,
      reason: 'unknown unit `mnths` (did you mean `months`?)',
    });
    expect(parseReviewInterval('0 days')).toEqual({
      ok: false,
      reason: 'the number must be 1 or more',
    });
    expect(parseReviewInterval('yearly')).toEqual({
      ok: false,
      reason: 'it is not a number followed by a unit',
    });
  });
});

describe('reviewState', () => {
  const page = (lastReviewed?: string, every = '6 months') =>
    parse(
      [
        'owner: OES',
        lastReviewed ? `last_reviewed: ${lastReviewed}` : '',
        `review_every: ${every}`,
      ].join('\n'),
    ).page;

  test('ok, due soon within 30 days, overdue after the next review', () => {
    const reviewed = page('2019-01-31');
    expect(reviewState(reviewed, '2019-06-28')).toEqual({state: 'ok', next: '2019-07-31'});
    expect(reviewState(reviewed, '2019-07-01')).toEqual({state: 'due-soon', next: '2019-07-31'});
    expect(reviewState(reviewed, '2019-07-31')).toEqual({state: 'due-soon', next: '2019-07-31'});
    expect(reviewState(reviewed, '2019-08-01')).toEqual({state: 'overdue', next: '2019-07-31'});
  });

  test('never when the page was never reviewed', () => {
    expect(reviewState(page(), '2019-01-01')).toEqual({state: 'never'});
    expect(reviewState(parse('title: x').page, '2019-01-01')).toEqual({state: 'never'});
  });

  test('a page reviewed without an interval is due again after 12 months', () => {
    expect(reviewState(parse('last_reviewed: 2019-01-31').page, '2020-02-01')).toEqual({
      state: 'overdue',
      next: '2020-01-31',
    });
  });
});

describe('review front matter', () => {
  test('reads reviewers as codes or unit names', () => {
    const {page, messages} = parse(
      'reviewers: [PMU, "Office of the Executive Secretary"]\nlast_reviewed: 2019-01-31\nreview_every: 1 month',
    );
    expect(messages).toEqual([]);
    expect(page.review).toEqual({
      reviewers: ['PMU', 'OES'],
      lastReviewed: '2019-01-31',
      every: {count: 1, unit: 'month', raw: '1 month'},
      next: '2019-02-28',
    });
  });

  test('bad values get a place, what was expected and a hint', () => {
    const {page, messages} = parse(
      'reviewers: "PMU, Ofice of the Executive Secretary, XYZ"\nlast_reviewed: 2019-02-29\nreview_every: 6 mnths',
    );
    expect(messages.map(formatMessage)).toMatchInlineSnapshot(`
     [
       "page.md:2:18: Unknown unit \`Ofice of the Executive Secretary\` in \`reviewers\`, expected a code or name from \`units.yml\`. Did you mean \`Office of the Executive Secretary\`?",
       "page.md:2:52: Unknown unit \`XYZ\` in \`reviewers\`, expected a code or name from \`units.yml\`. Add it to \`units.yml\` if it is a new unit.",
       "page.md:3:16: Invalid date \`2019-02-29\` in \`last_reviewed\`: February 2019 has 28 days; expected \`YYYY-MM-DD\`, e.g. \`2018-12-31\`.",
       "page.md:4:15: Invalid review interval \`6 mnths\` in \`review_every\`: unknown unit \`mnths\` (did you mean \`months\`?); expected a number and \`days\`, \`weeks\`, \`months\` or \`years\`, e.g. \`6 months\`.",
     ]
    `);
    expect(messages.map((m) => m.ruleId)).toEqual([
      'unknown-unit',
      'unknown-unit',
      'invalid-date',
      'invalid-review-interval',
    ]);
    expect(page.review).toEqual({
      reviewers: ['PMU'],
      lastReviewed: undefined,
      every: undefined,
      next: undefined,
    });
  });

  test('a number without a unit is not an interval', () => {
    expect(parse('review_every: 6').messages.map(formatMessage)).toMatchInlineSnapshot(`
     [
       "page.md:2:15: Invalid review interval \`6\` in \`review_every\`: it is not a number followed by a unit; expected a number and \`days\`, \`weeks\`, \`months\` or \`years\`, e.g. \`6 months\`.",
     ]
    `);
  });
});
