// The query logic on a small corpus: typos, prefixes on every word, the OR fallback, words run together
// or split, camelCase parts. Rankings are pinned as page lists (inline snapshots).
import fc from 'fast-check';
import {fallbackTerms} from '../client/fallback';
import {planQuery} from '../client/plan';
import {engineOf, hitsOf, indexOf, siteOf} from './helpers';

const pages = {
  'mongodb.md': `---\ntitle: Using with MongoDB\n---\n\nWith the Global Setup/Teardown and Async Test Environment APIs, tests can work smoothly with MongoDB.\n\n## Preset\n\nUse the jest-mongodb preset: it provides all required configuration.\n`,
  'dynamodb.md': `---\ntitle: Using with DynamoDB\n---\n\nTests can work smoothly with DynamoDB through the jest-dynamodb preset.\n`,
  'babel.md': `---\ntitle: Configuring Babel\n---\n\nJest supports Babel. Put your Babel config in babel.config.js at the root of the project.\n`,
  'watch.md': `---\ntitle: Watch plugins\n---\n\nThe watch plugin interface lets you customize watch mode. Plugins hook into watch events.\n`,
  'mocks.md': `---\ntitle: Mock functions\n---\n\nCheck calls with toHaveBeenCalledWith and mockReturnValue. A mock function records its calls.\n`,
  'environment.md': `---\ntitle: Test environment\ndescription: The jsdom and node environments\n---\n\nThe test environment used for testing: node by default, or jsdom for a browser-like environment.\n`,
  'timers.md': `---\ntitle: Timer mocks\n---\n\nFake timers replace setTimeout. Configure them in the config file.\n`,
  'dist-tag.md': `---\ntitle: npm-dist-tag\n---\n\nModify package distribution tags.\n`,
  'batch.md': `---\ntitle: Batch jobs\n---\n\nJobs run in batch mode, one batch at a time.\n`,
  'whoami.md': `---\ntitle: npm-whoami\n---\n\nDisplay the npm username.\n`,
};

describe('relevance on a small corpus', () => {
  const {site, dir} = siteOf(pages);
  const {engine} = engineOf(indexOf(site, dir));
  /** Distinct pages of the hits, in order. */
  const pagesOf = async (query: string) =>
    Array.from(new Set((await hitsOf(engine, query)).map((hit) => hit.record.url.split('#')[0])));

  test('a typo of one edit in a word of 4+ letters, two in a word of 8+', async () => {
    expect(await pagesOf('babel confg')).toMatchInlineSnapshot(`
     [
       "/docs/babel",
     ]
    `);
    expect(await pagesOf('wach plugins')).toMatchInlineSnapshot(`
     [
       "/docs/watch",
     ]
    `);
    expect(await pagesOf('enviromnent')).toMatchInlineSnapshot(`
     [
       "/docs/environment",
       "/docs/mongodb",
     ]
    `);
    // Three letters: no typo allowed (`bab` is a prefix, `bal` nothing).
    expect(await pagesOf('bal ')).toEqual([]);
  });

  test('an exact match ranks above a typo match', async () => {
    // Exact matching finds one page: the typo matches (`batch`, one edit from `watch`) come after it.
    expect(await pagesOf('watch')).toEqual(['/docs/watch', '/docs/batch']);
    expect(await pagesOf('batch')).toEqual(['/docs/batch', '/docs/watch']);
  });

  test('prefix on every word, not only the last', async () => {
    expect(await pagesOf('env jsd')).toMatchInlineSnapshot(`
     [
       "/docs/environment",
     ]
    `);
    expect(await pagesOf('conf bab ')).toMatchInlineSnapshot(`
     [
       "/docs/babel",
     ]
    `);
  });

  test('OR fallback when no page holds every word, by how many words match', async () => {
    expect(await pagesOf('mongodb babel xylophone')).toMatchInlineSnapshot(`
     [
       "/docs/babel",
       "/docs/mongodb",
     ]
    `);
  });

  test('words typed apart find them run together, and run together find them apart', async () => {
    expect(await pagesOf('mongo db preset')).toMatchInlineSnapshot(`
     [
       "/docs/mongodb",
     ]
    `);
    expect(await pagesOf('dynamo db')).toMatchInlineSnapshot(`
     [
       "/docs/dynamodb",
     ]
    `);
    expect(await pagesOf('disttag')).toMatchInlineSnapshot(`
     [
       "/docs/dist-tag",
     ]
    `);
    expect(await pagesOf('who am i')).toMatchInlineSnapshot(`
     [
       "/docs/whoami",
     ]
    `);
    expect(await pagesOf('mockreturn')).toMatchInlineSnapshot(`
     [
       "/docs/mocks",
     ]
    `);
  });

  test('camelCase words are found whole and by their parts', async () => {
    expect(await pagesOf('tohavebeencalledwith')).toEqual(['/docs/mocks']);
    expect(await pagesOf('toHaveBeenCalled')).toEqual(['/docs/mocks']);
    expect(await pagesOf('called with')).toContain('/docs/mocks');
  });

  test('a page is found by words of its title and body together (jsdom environment)', async () => {
    expect((await pagesOf('jsdom environment'))[0]).toBe('/docs/environment');
  });

  test('any query string yields results or none: never a throw or a hang', async () => {
    const alphabet = fc.constantFrom(
      ...'ab mongodb babel confg who am i -/._é ёЁ 0 9 \t\n*?'.split(''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({maxLength: 60}), fc.string({unit: alphabet, maxLength: 60})),
        async (query) => {
          const hits = await hitsOf(engine, query);
          expect(Array.isArray(hits)).toBe(true);
        },
      ),
      {numRuns: 300},
    );
  });
});

describe('typos of a word that finds enough pages as typed', () => {
  const vocabulary = ['mandat', 'manag', 'manual', 'report'];

  test('are not looked for: another word is why the query found too little', () => {
    const plan = planQuery('management r');
    expect(fallbackTerms(plan, vocabulary, plan.words.length).terms).toEqual(['mandat', 'manual']);
    expect(fallbackTerms(plan, vocabulary, plan.words.length, 0b01).terms).toEqual([]);
  });

  test('in the engine: a word finding one page keeps its typos, one finding three does not', async () => {
    const {site, dir} = siteOf(pages);
    const {engine} = engineOf(indexOf(site, dir));
    const pagesOf = async (query: string) =>
      Array.from(new Set((await hitsOf(engine, query)).map((hit) => hit.record.url.split('#')[0])));
    // `watch` finds one page: `batch`, a typo away, is tried too (ranked below it).
    expect(await pagesOf('watch')).toEqual(['/docs/watch', '/docs/batch']);
    // `jest` finds three pages; `zzzz` none: pages with `jest`, none with `test` (a typo of `jest`).
    expect((await pagesOf('jest zzzz')).sort()).toEqual([
      '/docs/babel',
      '/docs/dynamodb',
      '/docs/mongodb',
    ]);
  });
});
