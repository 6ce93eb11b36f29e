import {loadModelConfig} from '@kmportal/model';
import {revisionTimelines, statusTimelines} from '@kmportal/status-history';
import {PROTOTYPE_NAMES} from '../../../model/test/abuse/prototype-names.js';

// Issue 18 (1): a page with an item `#constructor` had its whole history "unavailable", because the
// timelines were a plain object and `timelines.constructor` was `Object`.
const {config} = loadModelConfig({docsDir: '/nonexistent'});
const ids = PROTOTYPE_NAMES.filter((name) => /^[a-z0-9]/.test(name));
const page = (status: string) =>
  ids.map((id) => `:::status[T]{#${id} status=${status}}\nBody.\n:::\n`).join('\n');
const revision = (commit: string, status: string) => ({
  commit,
  date: '2024-01-10T10:00:00Z',
  author: 'Ann',
  text: page(status),
});

test('statusTimelines keeps a timeline per prototype-named id', () => {
  const timelines = statusTimelines(
    [revision('c1', 'planned'), revision('c2', 'ongoing')],
    'plan.md',
    config,
  );
  expect(Object.keys(timelines).sort()).toEqual([...ids].sort());
  for (const id of ids)
    expect(timelines[id]!.map((change) => change.to)).toEqual(['planned', 'ongoing']);
  expect(Object.getPrototypeOf(timelines)).toBeNull();
});

test('revisionTimelines keeps `constructor` and `__proto__` as own entries', () => {
  const after = new Map([
    ['constructor', 'planned'],
    ['__proto__', 'ongoing'],
  ]);
  const timelines = revisionTimelines([
    {commit: 'c1', date: '2024-01-10T10:00:00Z', author: 'Ann', before: [], after},
  ]);
  expect(Object.hasOwn(timelines, '__proto__')).toBe(true);
  expect(timelines['constructor']!.map((change) => change.to)).toEqual(['planned']);
  expect(JSON.parse(JSON.stringify(timelines))).toEqual({
    constructor: [expect.objectContaining({to: 'planned'})],
    ['__proto__']: [expect.objectContaining({to: 'ongoing'})],
  });
});
