import {engineOf, hitsOf, indexOf, siteOf} from './helpers';

const filler = 'budget committee secretariat division programme mission';
const pages = {
  'title.md': `---\ntitle: Handover notes\ntype: guidance\n---\n\n${filler}.\n`,
  'phrase.md': `---\ntitle: Staffing\ntype: guidance\n---\n\n${filler} handover notes ${filler}.\n`,
  'scattered.md': `---\ntitle: Rotation\ntype: guidance\n---\n\nNotes ${filler} ${filler} on the handover ${filler}.\n`,
  'heading.md': `---\ntitle: Minutes\ntype: meeting\n---\n\n${filler}.\n\n## Handover of files\n\n${filler} notes.\n`,
  'only-one.md': `---\ntitle: Mission\ntype: guidance\n---\n\nA handover without the other word, on management.\n`,
  'items.md': `---\ntitle: Action plan\ntype: action-plan\n---\n\n${filler}.\n\n:::status[Write the handover notes template]{#ap-1 status=ongoing owner=PMU due=2020}\nDrafted.\n:::\n`,
};

const urls = (hits: {record: {url: string}}[]) => hits.map((hit) => hit.record.url);

describe('ranking', () => {
  const {site, dir} = siteOf(pages);
  const {engine} = engineOf(indexOf(site, dir));

  test('a title or heading match ranks above body text', async () => {
    const hits = await hitsOf(engine, 'handover notes ');
    const order = urls(hits);
    expect(order.indexOf('/docs/title')).toBeLessThan(order.indexOf('/docs/phrase'));
    expect(order.indexOf('/docs/items#ap-1')).toBeLessThan(order.indexOf('/docs/phrase'));
    expect(order.indexOf('/docs/heading#handover-of-files')).toBeLessThan(
      order.indexOf('/docs/scattered'),
    );
  });

  test('an exact phrase ranks above the same words scattered', async () => {
    const order = urls(await hitsOf(engine, 'handover notes '));
    expect(order.indexOf('/docs/phrase')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('/docs/phrase')).toBeLessThan(order.indexOf('/docs/scattered'));
  });

  test('every word is required', async () => {
    expect(urls(await hitsOf(engine, 'handover notes '))).not.toContain('/docs/only-one');
    expect(urls(await hitsOf(engine, 'handover '))).toContain('/docs/only-one');
  });

  test('every word matches as a prefix, the one being typed and the finished ones', async () => {
    expect(urls(await hitsOf(engine, 'hando'))).toContain('/docs/only-one');
    expect(urls(await hitsOf(engine, 'hando '))).toContain('/docs/only-one');
    expect(urls(await hitsOf(engine, 'hando notes'))).toContain('/docs/title');
    expect(urls(await hitsOf(engine, 'ha '))).toEqual([]);
    // Pairs share the words' sorted run; a prefix expands to words only, not to `handov note`.
    const [hit] = await hitsOf(engine, 'hando');
    expect(hit.terms.every((term) => !term.includes(' '))).toBe(true);
    const ranked = await engine.rank('hando');
    expect(ranked.flatMap((r) => r.terms).some((term) => term.includes(' '))).toBe(false);
  });

  test('a word typed past its stem still matches its stem (management → manag, typed managem)', async () => {
    const whole = urls(await hitsOf(engine, 'handover management '));
    expect(whole.length).toBeGreaterThan(0);
    expect(urls(await hitsOf(engine, 'handover managem'))).toEqual(whole);
    // One letter short of the word, four past its stem: no keystroke on the way shows nothing.
    expect(urls(await hitsOf(engine, 'handover managemen'))).toEqual(whole);
    // A word nothing matches: no page holds every word, so pages holding some of them answer.
    expect(urls(await hitsOf(engine, 'handover managementxyz'))).toContain('/docs/only-one');
  });

  test('a status item is its own result with its fields', async () => {
    const [hit] = await hitsOf(engine, 'template');
    expect(hit.record).toMatchObject({
      kind: 'item',
      url: '/docs/items#ap-1',
      pageTitle: 'Action plan',
      trail: ['Action plan', 'Action plan'],
      item: {id: 'ap-1', status: 'ongoing', statusLabel: 'Ongoing', owners: ['PMU'], due: '2020'},
    });
    const start = 'Write the handover notes template'.indexOf('template');
    expect(hit.title.marks).toEqual([[start, start + 'template'.length]]);
    expect((await hitsOf(engine, 'ap-1'))[0].record.url).toBe('/docs/items#ap-1');
  });

  test('filters by facets: AND across facets, OR within one', async () => {
    const all = await hitsOf(engine, 'handover ');
    let filtered: typeof all = [];
    await import('../client/hits').then(({searchHits}) =>
      searchHits(
        engine,
        {query: 'handover ', limit: 50, filter: {type: ['meeting']}},
        (hits, _t, done) => {
          if (done) filtered = hits;
        },
      ),
    );
    expect(all.length).toBeGreaterThan(filtered.length);
    expect(urls(filtered)).toEqual(['/docs/heading#handover-of-files']);
  });
});
