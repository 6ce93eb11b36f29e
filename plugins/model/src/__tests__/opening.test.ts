import {scanOpening} from '../opening.js';

describe('scanOpening', () => {
  test('reads title, id and attributes with their columns', () => {
    const scan = scanOpening(':::status[Title [x]]{#a.b status=ongoing owner="OES, PMU" flag}');
    expect(scan?.label).toBe('Title [x]');
    expect(scan?.attributes).toEqual([
      {key: 'id', value: 'a.b', column: 22, valueColumn: 23},
      {key: 'status', value: 'ongoing', column: 27, valueColumn: 34},
      {key: 'owner', value: 'OES, PMU', column: 42, valueColumn: 49},
      {key: 'flag', value: '', column: 59, valueColumn: 59},
    ]);
    expect(scan?.problem).toBeUndefined();
  });

  test('finds openings inside quotes and list items', () => {
    expect(scanOpening('> :::status[T]{#a}')?.column).toBe(3);
    expect(scanOpening('- :::status[T]{#a}')?.column).toBe(3);
    expect(scanOpening('plain text')).toBeUndefined();
  });

  test('reports the first syntax problem', () => {
    expect(scanOpening(':::status[T]{#a owner="x}')?.problem?.expected).toMatch(
      /close the value of `owner`/,
    );
    expect(scanOpening(':::status[T')?.problem?.expected).toBe('`]` to close the title');
    expect(scanOpening(':::status[T]{#a')?.problem?.expected).toBe('`}` to close the attributes');
    expect(scanOpening(':::status[T]{#a} trailing')?.problem?.column).toBe(18);
    expect(scanOpening(':::status[T]{#a owner=“x”}')?.problem).toBeUndefined();
    expect(scanOpening(':::status[T]{#a owner="x"status=y}')?.problem?.expected).toMatch(
      /a space or `}`/,
    );
  });
});
