import {parseThreads} from '../parse-threads.js';

describe('parseThreads', () => {
  test('worker threads while a core is free, the calling thread alone when every core is busy', () => {
    expect(parseThreads(0.5, 2)).toEqual({});
    expect(parseThreads(1.99, 2)).toEqual({});
    expect(parseThreads(2, 2)).toEqual({workers: 0});
    expect(parseThreads(14.2, 2)).toEqual({workers: 0});
    expect(parseThreads(14.2, 32)).toEqual({});
  });
});
