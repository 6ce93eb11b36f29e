import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {formatMessage, loadSite} from '@kmportal/model';
import {badgeDatesOf, type ReviewBadgeData} from '../review-badges.js';
import {reviewBadgePages, reviewData} from '../review-data.js';

const fr = 'i18n/fr/docusaurus-plugin-content-docs/current';

/** A site with a reviewed English page and its French translation, read in French. */
function frenchSite(translatedFrontMatter: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-review-fr-'));
  const files = {
    'docs/units.yml': '- code: OES\n  name: {en: Executive Office, fr: Bureau exécutif}\n',
    'docs/plan.md':
      '---\ntitle: Plan\nowner: OES\nlast_reviewed: 2026-06-30\nreview_every: 6 months\n---\n',
    'docs/other.md': '---\ntitle: Other\n---\n',
    [`${fr}/plan.md`]: `---\ntitle: Plan traduit\n${translatedFrontMatter}---\n`,
    [`${fr}/other.md`]: '---\ntitle: Autre\nlast_reviewed: 2020-01-01\n---\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  const locales = {locale: 'fr', defaultLocale: 'en', locales: ['en', 'fr']};
  return loadSite({docsDir: join(dir, 'docs'), cwd: dir, ...locales, localizedDir: join(dir, fr)});
}

describe('review badges and the review page on a translated page', () => {
  test('take the source page’s review fields, not the translation’s front matter', () => {
    const site = frenchSite('last_reviewed: 2019-01-01\nreview_every: 1 year\n');
    expect(reviewBadgePages(site, '/fr/')).toEqual({
      '/fr/docs/plan': {lastReviewed: '2026-06-30', every: '6 months'},
    });
    const [row] = reviewData(site, '2026-12-01').rows;
    expect(row).toMatchObject({title: 'Plan traduit', permalink: '/docs/plan', owners: ['OES']});
    expect(row).toMatchObject({lastReviewed: '2026-06-30', every: '6 months', next: '2026-12-30'});
    expect(reviewData(site, '2026-12-01').units).toEqual({OES: 'Bureau exécutif'});
    // The translation's own dates are drift, reported by the model on the translated file.
    const drift = site.messages.filter((m) => m.ruleId === 'translation-drift').map(formatMessage);
    expect(drift).toEqual([
      `${fr}/other.md:3:15: last_reviewed in fr differs from en: 2020-01-01 ≠ (none); remove it, fields come from the English page (docs/other.md).`,
      `${fr}/plan.md:3:15: last_reviewed in fr differs from en: 2019-01-01 ≠ 2026-06-30; remove it, fields come from the English page (docs/plan.md).`,
      `${fr}/plan.md:4:14: review_every in fr differs from en: 1 year ≠ 6 months; remove it, fields come from the English page (docs/plan.md).`,
    ]);
  });

  test('a translation with no review fields still shows the source page’s review', () => {
    const site = frenchSite('');
    expect(reviewBadgePages(site, '/')).toEqual({
      '/docs/plan': {lastReviewed: '2026-06-30', every: '6 months'},
    });
  });
});

describe('badgeDatesOf', () => {
  const data: ReviewBadgeData = {
    docsPluginId: 'default',
    version: 'current',
    pages: {'/fr/docs/plan': {lastReviewed: '2026-06-30', every: '6 months'}},
  };
  const doc = {
    pluginId: 'default',
    version: 'current',
    permalink: '/fr/docs/plan',
    frontMatter: {last_reviewed: '2019-01-01', review_every: '1 year'},
  };

  test('a doc of the version read shows its source page’s dates', () => {
    expect(badgeDatesOf(data, doc)).toEqual({lastReviewed: '2026-06-30', every: '6 months'});
  });

  test('a doc of that version whose source has no review cycle shows none, whatever its front matter', () => {
    expect(badgeDatesOf(data, {...doc, permalink: '/fr/docs/other'})).toEqual({});
    expect(badgeDatesOf(data, {...doc, permalink: 'constructor'})).toEqual({});
  });

  test('a released version, another docs instance or no data: the doc’s own front matter', () => {
    const own = {lastReviewed: '2019-01-01', every: '1 year'};
    expect(badgeDatesOf(data, {...doc, version: '1.0'})).toEqual(own);
    expect(badgeDatesOf(data, {...doc, pluginId: 'handbook'})).toEqual(own);
    expect(badgeDatesOf(undefined, doc)).toEqual(own);
  });
});
