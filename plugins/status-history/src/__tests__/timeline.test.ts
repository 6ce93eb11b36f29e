import {loadModelConfig} from '@kmportal/model';
import {
  linesOf,
  parseRevision,
  revisionTimelines,
  statusesAfterEdit,
  type RevisionStatuses,
} from '@kmportal/status-history';

const {config} = loadModelConfig({docsDir: '/nonexistent'});

const BASE = [
  '---',
  'title: Plan',
  '---',
  '',
  '# Plan',
  '',
  ':::status[First]{#first status=planned due=2030}',
  'Progress note.',
  '',
  'More detail.',
  ':::',
  '',
  'Between the blocks.',
  '',
  ':::status[Second]{#second status=ongoing}',
  'Second body.',
  ':::',
  '',
  '- :::status[In a list]{#listed status=delayed}',
  '  Listed body.',
  '  :::',
  '',
  '::::status[Wide]{#wide status=completed}',
  'Wide body.',
  '::::',
  '',
].join('\n');

function read(text: string): RevisionStatuses {
  return parseRevision(text, linesOf(text), 'plan.md', config);
}

/** Replaces `count` lines from 0-based `at` by `lines`. */
function edit(text: string, at: number, count: number, lines: string[]): string {
  const all = linesOf(text);
  all.splice(at, count, ...lines);
  return all.join('\n');
}

function derive(before: string, after: string, reparse = false) {
  const options = reparse ? {path: 'plan.md', config} : undefined;
  return statusesAfterEdit(read(before), linesOf(before), linesOf(after), options);
}

test('the blocks an edit may go inside: column 1, own closing fence, no `:::` in the body', () => {
  expect(read(BASE).blocks).toEqual([
    {open: 6, close: 10, item: 0},
    {open: 14, close: 16, item: 1},
    {open: 22, close: 24, item: 3},
  ]);
  expect([...read(BASE).statuses]).toEqual([
    ['first', 'planned'],
    ['second', 'ongoing'],
    ['listed', 'delayed'],
    ['wide', 'completed'],
  ]);
});

test.each([
  ['a progress note rewritten', 7, 1, ['Progress note, updated.']],
  ['lines added to a body', 9, 0, ['', 'A new paragraph.', '```', 'unclosed code']],
  ['lines removed from a body', 8, 2, []],
  ['a body line of the wide block', 23, 1, ['Wide body, edited.']],
])('no parse needed for %s', (_, at, count, lines) => {
  const after = edit(BASE, at as number, count as number, lines as string[]);
  const derived = derive(BASE, after);
  expect(derived).toBeDefined();
  expect(derived).toEqual(read(after));
});

test.each([
  ['a status changed', 6, 1, [':::status[First]{#first status=completed due=2030}']],
  ['an id changed', 14, 1, [':::status[Second]{#renamed status=ongoing}']],
  ['a status and a note changed', 22, 2, ['::::status[Wide]{#wide status=delayed}', 'Late.']],
])('only the block is read again when its opening line changes: %s', (_, at, count, lines) => {
  const after = edit(BASE, at as number, count as number, lines as string[]);
  expect(derive(BASE, after)).toBeUndefined();
  const derived = derive(BASE, after, true);
  expect(derived).toBeDefined();
  expect(derived).toEqual(read(after));
});

test.each([
  ['more colons than its fence', 6, 1, ['::::status[First]{#first status=completed}']],
  ['another directive', 6, 1, [':::note[First]{#first status=completed}']],
  ['not a directive any more', 14, 1, [':::status[Second]{#second status=ongoing} text']],
  ['the opening line removed', 6, 1, []],
  ['a line inserted before the opening line', 6, 0, ['Text.']],
  ['an opening line and a fence in the body', 14, 2, [':::status[S]{#s status=planned}', ':::']],
])('the whole revision is parsed again for %s', (_, at, count, lines) => {
  const after = edit(BASE, at as number, count as number, lines as string[]);
  expect(derive(BASE, after, true)).toBeUndefined();
});

test.each([
  [
    'a status changed (without reparse)',
    6,
    1,
    [':::status[First]{#first status=completed due=2030}'],
  ],
  ['a block opened in a body', 7, 0, [':::status[New]{#new status=planned}', ':::']],
  ['a fence added in a body', 8, 0, [':::']],
  ['a closing fence removed', 10, 1, []],
  ['text between blocks', 12, 1, ['```']],
  ['a body in a list', 19, 1, ['  Listed body, edited.']],
  ['an edit spanning two blocks', 9, 7, ['Merged.']],
])('parsed again for %s', (_, at, count, lines) => {
  const after = edit(BASE, at as number, count as number, lines as string[]);
  expect(derive(BASE, after)).toBeUndefined();
});

test('identical lines (even with other line endings) reuse the previous parse', () => {
  const known = read(BASE);
  expect(statusesAfterEdit(known, linesOf(BASE), linesOf(BASE.replaceAll('\n', '\r\n')))).toBe(
    known,
  );
});

test('whatever the edit, a derived result is what the model reads (seeded random edits)', () => {
  const pool = [
    'text',
    '',
    '```',
    '~~~',
    ':::',
    '::::',
    '   :::',
    '\t:::',
    ':::note',
    ':::status[R]{#r status=planned}',
    '- item',
    '  - nested',
    '> quote',
    '    indented',
    '<!--',
    '-->',
    '<div>',
    '---',
    '===',
    '[ref]: /somewhere',
    'Body with :: colons',
    ':::status[First]{#first status=completed}',
    ':::status[First]{#first status=completed} tail',
    '::::status[W]{#wide status=planned}',
    ':::status{#first}',
    ':::status[Second]{#second status=delayed due=2031}',
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  let text = BASE;
  let derivedCount = 0;
  for (let round = 0; round < 250; round++) {
    const lines = linesOf(text);
    const at = random(lines.length);
    const added = Array.from({length: random(3)}, () => pool[random(pool.length)]);
    const after = edit(text, at, random(3), added);
    const derived = derive(text, after, true);
    if (derived) {
      derivedCount++;
      expect({round, ...derived}).toEqual({round, ...read(after)});
    }
    // Start again from the base now and then, so blocks stay to edit inside.
    text = round % 10 === 9 ? BASE : after;
  }
  expect(derivedCount).toBeGreaterThan(20);
});

test('an edited opening line, read alone, reads as the whole revision does (seeded random edits)', () => {
  const openings = [
    ':::status[First]{#first status=completed}',
    ':::status[Renamed]{#renamed status=planned due=2031}',
    ':::status[No status]{#first}',
    ':::status[Bad]{#first status=unknown-value}',
    ':::status{#first status=delayed}',
    ':::status[Tail]{#first status=completed} tail',
    '::::status[Wide]{#first status=planned}',
    ':::note[Note]{#first status=planned}',
    ':::status[Dup]{#second status=completed}',
    ':::status[Unclosed attributes]{#first status=completed',
  ];
  const bodies = ['text', '', '```', '- item', '> quote', '    indented', ':::', '<!--'];
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  let derived = 0;
  for (let round = 0; round < 120; round++) {
    const known = read(BASE);
    const block = known.blocks[random(known.blocks.length)];
    const body = Array.from({length: random(2)}, () => bodies[random(bodies.length)]);
    const after = edit(BASE, block.open, 1 + random(2), [
      openings[random(openings.length)],
      ...body,
    ]);
    const result = derive(BASE, after, true);
    if (result) {
      derived++;
      expect({round, ...result}).toEqual({round, ...read(after)});
    }
  }
  expect(derived).toBeGreaterThan(15);
});

test('a commit changes a status when it differs from the status in every parent', () => {
  const day = (d: number) => `2024-01-0${d}T10:00:00Z`;
  const s = (status: string) => new Map([['a', status]]);
  const timelines = revisionTimelines([
    {commit: 'c1', date: day(1), author: 'Ann', before: [], after: s('planned')},
    {commit: 'c2', date: day(2), author: 'Ben', before: [s('planned')], after: s('ongoing')},
    {commit: 'c3', date: day(3), author: 'Cat', before: [s('planned')], after: s('planned')},
    {
      commit: 'm',
      date: day(4),
      author: 'Dan',
      before: [s('planned'), s('ongoing')],
      after: s('ongoing'),
    },
    {commit: 'd', date: day(5), author: 'Eve', before: [s('ongoing')]},
    {commit: 'e', date: day(6), author: 'Fay', before: [], after: s('delayed')},
  ]);
  expect(timelines.a.map((c) => `${c.commit} ${c.from ?? '∅'} → ${c.to}`)).toEqual([
    'c1 ∅ → planned',
    'c2 planned → ongoing',
    'e ∅ → delayed',
  ]);
});
