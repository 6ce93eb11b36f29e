import type {DocsVersion} from '@kmportal/model';
import {reportLinks} from '../report.js';
import {reportOverrides} from '../report-overrides.js';
import {reportRouteOf} from '../theme/useKbReportPath/path.js';
import {PAGES, translatedSiteOf} from './helpers.js';

// The fr build of a site whose translations mostly leave `type` out (fields come from the English page).
const site = translatedSiteOf({...PAGES, 'notes.md': '---\ntitle: Notes\n---\n\nNotes.\n'}, 'fr', {
  'eval.md': '---\ntitle: Évaluation\n---\n\n:::status[Citer]{#e1}\nTexte.\n:::\n',
  'plan.md': '---\ntitle: Plan\ntype: action-plan\n---\n\nPlan.\n',
  'notes.md': '---\ntitle: Notes\ntype: evaluation\n---\n\nNotes.\n',
});
const version: DocsVersion = {
  instance: 'default',
  name: 'current',
  label: 'Next',
  contentPath: '/site/docs',
  path: '/docs',
  isLast: true,
};
const types = ['action-plan', 'evaluation', 'meeting'];
/** The docs plugin's loaded content of the fr build: permalinks with baseUrl, each doc's own front matter. */
const allContent = {
  'docusaurus-plugin-content-docs': {
    default: {
      loadedVersions: [
        {
          versionName: 'current',
          docs: [
            {permalink: '/fr/docs/eval', frontMatter: {title: 'Évaluation'}},
            {permalink: '/fr/docs/plan', frontMatter: {title: 'Plan', type: 'action-plan'}},
            {permalink: '/fr/docs/notes', frontMatter: {title: 'Notes', type: 'evaluation'}},
          ],
        },
      ],
    },
  },
};
const context = {version, baseUrl: '/fr/', site, types};
const options = {reportBasePath: '/status/report', reportTypes: types, routeBasePath: 'docs'};

describe('reportOverrides', () => {
  test('names the docs whose own `type` says otherwise than their source page, only those', () => {
    expect({...reportOverrides(allContent, context)}).toEqual({
      '/docs/eval': true,
      '/docs/notes': false,
    });
  });

  test('a translation without `type` links to its source page’s report; one with a stray `type` to none', () => {
    const places = {
      basePath: '/status/report',
      routeBasePath: 'docs',
      types,
      overrides: reportOverrides(allContent, context),
    };
    for (const doc of allContent['docusaurus-plugin-content-docs'].default.loadedVersions[0]!
      .docs) {
      const permalink = doc.permalink.slice('/fr'.length);
      const link = reportLinks(site, options).find((candidate) => candidate.doc === permalink);
      expect([permalink, reportRouteOf(places, permalink, doc.frontMatter.type)]).toEqual([
        permalink,
        link?.report,
      ]);
    }
    expect(reportRouteOf(places, '/docs/eval', undefined)).toBe('/status/report?doc=eval');
    expect(reportRouteOf(places, '/docs/notes', 'evaluation')).toBeUndefined();
  });

  test('nothing to name without the docs plugin, or for another version or instance', () => {
    expect({...reportOverrides(undefined, context)}).toEqual({});
    expect({
      ...reportOverrides(allContent, {...context, version: {...version, name: '1.0'}}),
    }).toEqual({});
    expect({
      ...reportOverrides(allContent, {...context, version: {...version, instance: 'constructor'}}),
    }).toEqual({});
  });

  test('an override named `constructor` or `__proto__` is only an override', () => {
    const places = {basePath: '/r', routeBasePath: 'docs', types, overrides: {}};
    expect(reportRouteOf(places, 'constructor', 'evaluation')).toBe('/r?doc=constructor');
    expect(reportRouteOf(places, '__proto__', undefined)).toBeUndefined();
  });
});
