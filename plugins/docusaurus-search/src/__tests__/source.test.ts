import {createHttpSource, joinRanges, parseByteRanges} from '../client/source';

const FILE = new TextEncoder().encode('0123456789abcdefghijklmnopqrstuvwxyz');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type Host = 'multi' | 'first-only' | 'ignores-multi' | 'no-ranges';

/** A host answering Range requests the ways real ones do; records each request's Range header. */
function hostOf(kind: Host, options?: {multiRange?: boolean}) {
  const requests: string[] = [];
  const fetcher = async (_url: string, init?: {headers?: Record<string, string>}) => {
    const header = init?.headers?.range ?? '';
    requests.push(header);
    const ranges = header
      .replace('bytes=', '')
      .split(',')
      .filter(Boolean)
      .map((r) => r.split('-').map(Number) as [number, number]);
    const whole = () => new Response(FILE, {status: 200});
    if (kind === 'no-ranges' || ranges.length === 0) return whole();
    if (ranges.length > 1 && kind === 'ignores-multi') return whole();
    const part = ([a, b]: [number, number]) => FILE.subarray(a, b + 1);
    if (ranges.length === 1 || kind === 'first-only')
      return new Response(part(ranges[0]), {
        status: 206,
        headers: {'content-range': `bytes ${ranges[0][0]}-${ranges[0][1]}/${FILE.length}`},
      });
    const chunks = ranges.map(
      (r) =>
        `--XYZ\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes ${r[0]}-${r[1]}/${FILE.length}\r\n\r\n${text(part(r))}\r\n`,
    );
    return new Response(`${chunks.join('')}--XYZ--\r\n`, {
      status: 206,
      headers: {'content-type': 'multipart/byteranges; boundary=XYZ'},
    });
  };
  return {requests, source: createHttpSource('/search/', fetcher, options)};
}

describe('reading byte ranges of the pack', () => {
  test('joins adjacent and overlapping ranges', () => {
    expect(
      joinRanges([
        [10, 12],
        [0, 4],
        [4, 6],
        [11, 15],
      ]),
    ).toEqual([
      [0, 6],
      [10, 15],
    ]);
  });

  test('parses a multipart/byteranges body', () => {
    const body = new TextEncoder().encode(
      '\r\n--b1\r\nContent-Range: bytes 2-4/36\r\n\r\n234\r\n--b1\r\ncontent-range: bytes 30-31/36\r\n\r\nuv\r\n--b1--\r\n',
    );
    const parts = parseByteRanges(body, 'b1');
    expect(parts.map((p) => [p.start, text(p.bytes)])).toEqual([
      [2, '234'],
      [30, 'uv'],
    ]);
  });

  test('a host with multi-range support: several shards in one request', async () => {
    const {requests, source} = hostOf('multi');
    const parts = await source.ranges('terms.bin', [
      [20, 23],
      [2, 5],
      [5, 7],
    ]);
    expect(parts.map(text)).toEqual(['klm', '234', '56']);
    expect(requests).toEqual(['bytes=2-6,20-22']);
  });

  test.each<[Host, string[]]>([
    ['first-only', ['bytes=2-4,20-22', 'bytes=20-22', 'bytes=30-31']],
    ['ignores-multi', ['bytes=2-4,20-22', 'bytes=2-4', 'bytes=20-22', 'bytes=30-31']],
  ])(
    'a host of kind %s: falls back to one request per range, and remembers',
    async (kind, expected) => {
      const {requests, source} = hostOf(kind);
      expect(
        (
          await source.ranges('terms.bin', [
            [2, 5],
            [20, 23],
          ])
        ).map(text),
      ).toEqual(['234', 'klm']);
      expect((await source.ranges('terms.bin', [[30, 32]])).map(text)).toEqual(['uv']);
      expect(requests).toEqual(expected);
    },
  );

  test('told the host takes one range per request (the dev server): never asks for more', async () => {
    const {requests, source} = hostOf('ignores-multi', {multiRange: false});
    expect(
      (
        await source.ranges('terms.bin', [
          [2, 5],
          [20, 23],
        ])
      ).map(text),
    ).toEqual(['234', 'klm']);
    expect(requests).toEqual(['bytes=2-4', 'bytes=20-22']);
  });

  test('a host without ranges: the whole file once, kept', async () => {
    const {requests, source} = hostOf('no-ranges');
    expect((await source.ranges('terms.bin', [[0, 3]])).map(text)).toEqual(['012']);
    expect(
      (
        await source.ranges('terms.bin', [
          [3, 4],
          [35, 36],
        ])
      ).map(text),
    ).toEqual(['3', 'z']);
    expect(requests).toEqual(['bytes=0-2']);
  });
});
