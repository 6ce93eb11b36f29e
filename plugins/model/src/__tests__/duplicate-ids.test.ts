import {withActions} from '../derive.js';
import {formatMessage} from '../diagnostics.js';
import {loadSite} from '../site.js';
import {loadSiteAsync} from '../site-async.js';
import {writeSite} from './write-site.js';

const files = {
  'a.md': [
    '# A',
    '',
    ':::status[First of two]{#twice status=ongoing}',
    ':::',
    '',
    ':::status[With an action]{#r1 status=ongoing}',
    '::action[Action taken twice]{#act status=ongoing}',
    ':::',
    '',
    ':::status[Alone]{#alone status=ongoing}',
    ':::',
    '',
  ].join('\n'),
  'b.md': [
    ':::status[Second of two]{#twice status=completed}',
    ':::',
    '',
    ':::status[Other]{#r2 status=ongoing}',
    '::action[Action again]{#act status=ongoing}',
    ':::',
    '',
  ].join('\n'),
  'c.md': ':::status[Third]{#twice status=ongoing}\n:::\n',
  'units.yml': '[]\n',
  'nexus.yml': '[]\n',
};

/** `path:line:column ruleId: reason` of each invalid item's problems, by id. */
function invalidOf(items: ReturnType<typeof loadSite>['items']) {
  return withActions(items)
    .filter((item) => item.invalid)
    .map((item) => ({
      id: item.id,
      problems: item.invalid!.map(
        (p) => `${item.path}:${p.line}:${p.column} ${p.ruleId}: ${p.reason}`,
      ),
    }));
}

describe('an id defined on more than one page', () => {
  const docsDir = writeSite(files);

  test('is one error at each later place, naming the first', () => {
    const site = loadSite({docsDir, cwd: docsDir});
    expect(site.messages.map(formatMessage)).toMatchInlineSnapshot(`
     [
       "b.md:1:1: Duplicate id \`twice\`: also used at a.md:3:1. Ids must be unique across the site; rename one of them.",
       "b.md:5:1: Duplicate id \`act\`: also used at a.md:7:1. Ids must be unique across the site; rename one of them.",
       "c.md:1:1: Duplicate id \`twice\`: also used at a.md:3:1. Ids must be unique across the site; rename one of them.",
     ]
    `);
  });

  test('marks every item and key action that has it invalid, each at its place, naming the others', () => {
    const site = loadSite({docsDir, cwd: docsDir});
    expect(invalidOf(site.items)).toMatchInlineSnapshot(`
     [
       {
         "id": "twice",
         "problems": [
           "a.md:3:1 duplicate-id: Duplicate id \`twice\`: also used at b.md:1:1, c.md:1:1. Ids must be unique across the site; rename one of them.",
         ],
       },
       {
         "id": "act",
         "problems": [
           "a.md:7:1 duplicate-id: Duplicate id \`act\`: also used at b.md:5:1. Ids must be unique across the site; rename one of them.",
         ],
       },
       {
         "id": "twice",
         "problems": [
           "b.md:1:1 duplicate-id: Duplicate id \`twice\`: also used at a.md:3:1. Ids must be unique across the site; rename one of them.",
         ],
       },
       {
         "id": "act",
         "problems": [
           "b.md:5:1 duplicate-id: Duplicate id \`act\`: also used at a.md:7:1. Ids must be unique across the site; rename one of them.",
         ],
       },
       {
         "id": "twice",
         "problems": [
           "c.md:1:1 duplicate-id: Duplicate id \`twice\`: also used at a.md:3:1. Ids must be unique across the site; rename one of them.",
         ],
       },
     ]
    `);
    // The pages hold the same marked items as the site's list; the items with unique ids are untouched.
    expect(site.pages.flatMap((page) => page.items)).toEqual(site.items);
    const alone = site.items.find((item) => item.id === 'alone')!;
    expect(alone.invalid).toBeUndefined();
    expect(site.items.find((item) => item.id === 'r1')!.invalid).toBeUndefined();
  });

  test('keeps the errors an item already had, after them', () => {
    const dir = writeSite({
      ...files,
      'b.md': ':::status[Second]{#twice status=ongoign}\n:::\n',
    });
    const site = loadSite({docsDir: dir, cwd: dir});
    const second = site.items.find((item) => item.path === 'b.md')!;
    expect(second.invalid!.map((p) => p.ruleId)).toEqual(['unknown-status', 'duplicate-id']);
  });

  test('the same in the site read by workers', async () => {
    const site = await loadSiteAsync({docsDir, cwd: docsDir});
    expect(invalidOf(site.items)).toEqual(invalidOf(loadSite({docsDir, cwd: docsDir}).items));
  });
});
