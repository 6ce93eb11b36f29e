import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {VFile} from 'vfile';
import {reportUnknownRef} from '../backlinks.js';
import {formatMessage} from '../diagnostics.js';
import {loadSite} from '../site.js';
import {listedSite, placeSite} from '../version-site.js';
import type {DocsVersion} from '../docs-versions.js';

// test/sites/drafts: a published page pulling an item of a draft page and one of an unlisted page.
const siteDir = join(__dirname, '..', '..', 'test', 'sites', 'drafts');
const docsDir = join(siteDir, 'docs');
const site = loadSite({docsDir, cwd: siteDir});
const ids = (model: {items: {id: string}[]}) => model.items.map((item) => item.id).sort();

/** The version as Docusaurus's production build loads it: the draft left out, the unlisted page marked. */
const production: DocsVersion = {
  instance: 'default',
  name: 'current',
  label: 'Next',
  contentPath: docsDir,
  path: '/docs',
  isLast: true,
  permalinks: new Map([
    ['published.md', '/docs/published'],
    ['hidden.md', '/docs/hidden'],
  ]),
  drafts: new Set(['draft.md']),
  unlisted: new Set(['hidden.md']),
};

describe('drafts and unlisted pages', () => {
  test('kb check reads every page and warns where a published page pulls a draft’s item', () => {
    expect(ids(site)).toEqual(['draft-1', 'hidden-1', 'pub-1']);
    const expected = readFileSync(join(siteDir, 'expected.txt'), 'utf8').trim().split('\n');
    expect(site.messages.map(formatMessage)).toEqual(expected);
  });

  test('a production build’s site has no draft page, item or backlink, and knows the draft ids', () => {
    const placed = placeSite(site, production.permalinks, production.drafts);
    expect(placed.pages.map((page) => page.page.source)).toEqual(['hidden.md', 'published.md']);
    expect(ids(placed)).toEqual(['hidden-1', 'pub-1']);
    expect(placed.backlinks.has('draft-1')).toBe(false);
    expect([...placed.draftItems!]).toEqual([['draft-1', 'docs/draft.md']]);
    expect(placeSite(site, production.permalinks, production.drafts)).toBe(placed);
  });

  test('the pull of a draft’s item fails a production build with the reason, not “unknown id”', () => {
    const placed = placeSite(site, production.permalinks, production.drafts);
    const pull = placed.pages.find((page) => page.page.source === 'published.md')!.pulls[0]!;
    const file = new VFile({path: 'docs/published.md'});
    reportUnknownRef(file, pull, ids(placed), placed.draftItems);
    expect(file.messages.map(formatMessage)).toMatchInlineSnapshot(`
     [
       "docs/published.md:9:17: \`::status-ref\` shows \`draft-1\`, an item of the draft page docs/draft.md (\`draft: true\`), which this production build leaves out. Publish that page (remove \`draft: true\`) or remove the pull.",
     ]
    `);
    expect(file.messages[0]!.fatal).toBe(true);
  });

  test('lists (indexes, dashboard, exports, reports, feeds) leave unlisted pages out', () => {
    const listed = listedSite(
      placeSite(site, production.permalinks, production.drafts),
      production,
    );
    expect(ids(listed)).toEqual(['pub-1']);
  });

  test('the dev server (no drafts or unlisted pages known) keeps every page', () => {
    const dev = {...production, drafts: new Set<string>(), unlisted: new Set<string>()};
    expect(ids(listedSite(placeSite(site, dev.permalinks, dev.drafts), dev))).toEqual(ids(site));
  });
});
