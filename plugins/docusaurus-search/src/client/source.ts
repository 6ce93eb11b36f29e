// Where the worker reads the index from: JSON files, and byte ranges of the term pack.

/** A byte range of a file, `[start, end)`. */
export type ByteRange = readonly [number, number];

/** Reads the index files, relative to the index folder. */
export interface IndexSource {
  /** A JSON file, parsed. */
  json(file: string): Promise<unknown>;
  /** Ranges of a binary file, in the order asked. */
  ranges(file: string, ranges: readonly ByteRange[]): Promise<Uint8Array[]>;
}

/** Adjacent or overlapping ranges joined, sorted: what is actually asked of the host. */
export function joinRanges(ranges: readonly ByteRange[]): ByteRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** A part of a 206 response: the bytes from `start` of the file. */
export interface RangePart {
  start: number;
  bytes: Uint8Array;
}

const CRLF2 = [13, 10, 13, 10];

function indexOfBytes(haystack: Uint8Array, needle: readonly number[], from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** `Content-Range: bytes 10-19/100` → 10 and 19 (inclusive end), or undefined. */
export function parseContentRange(value: string | null): {start: number; end: number} | undefined {
  const match = /bytes\s+(\d+)-(\d+)\//i.exec(value ?? '');
  return match ? {start: Number(match[1]), end: Number(match[2])} : undefined;
}

/** The parts of a `multipart/byteranges` body (RFC 9110 §14.6). */
export function parseByteRanges(body: Uint8Array, boundary: string): RangePart[] {
  const delimiter = Array.from(new TextEncoder().encode(`--${boundary}`));
  const parts: RangePart[] = [];
  let at = indexOfBytes(body, delimiter, 0);
  while (at !== -1) {
    const headersStart = at + delimiter.length;
    // `--boundary--` closes the body.
    if (body[headersStart] === 45 && body[headersStart + 1] === 45) break;
    const headersEnd = indexOfBytes(body, CRLF2, headersStart);
    if (headersEnd === -1) break;
    const headers = new TextDecoder('latin1').decode(body.subarray(headersStart, headersEnd));
    const range = parseContentRange(/content-range:\s*([^\r\n]*)/i.exec(headers)?.[1] ?? null);
    if (!range) throw new Error(`multipart/byteranges part without Content-Range: ${headers}`);
    const dataStart = headersEnd + 4;
    const dataEnd = dataStart + range.end - range.start + 1;
    parts.push({start: range.start, bytes: body.subarray(dataStart, dataEnd)});
    at = indexOfBytes(body, delimiter, dataEnd);
  }
  return parts;
}

/** The bytes of `range` if one of the parts holds them whole. */
function sliceOf(parts: readonly RangePart[], [start, end]: ByteRange): Uint8Array | undefined {
  const part = parts.find((p) => p.start <= start && p.start + p.bytes.length >= end);
  return part?.bytes.subarray(start - part.start, end - part.start);
}

type Fetch = (url: string, init?: {headers?: Record<string, string>}) => Promise<Response>;

/**
 * Reads the index over HTTP. Ranges of a file go in one request (`Range: bytes=a-b,c-d`, answered by
 * nginx, Apache, Caddy with `multipart/byteranges`). A host that answers only the first range, or
 * ignores a multi-range request (200), is remembered: from then on each range is a request of its
 * own, in parallel. A host without ranges at all (200 to a single range) sends the whole file, kept.
 */
export function createHttpSource(
  base: string,
  fetcher: Fetch = fetch,
  options: {multiRange?: boolean} = {},
): IndexSource {
  let multiRange = options.multiRange ?? true;
  const whole = new Map<string, Promise<Uint8Array>>();

  async function request(file: string, ranges: readonly ByteRange[]): Promise<RangePart[]> {
    const header = ranges.map(([start, end]) => `${start}-${end - 1}`).join(',');
    const response = await fetcher(base + file, {headers: {range: `bytes=${header}`}});
    if (response.status === 206) {
      const type = response.headers.get('content-type') ?? '';
      const body = new Uint8Array(await response.arrayBuffer());
      const boundary = /multipart\/byteranges;.*boundary="?([^";]+)"?/i.exec(type)?.[1];
      if (boundary) return parseByteRanges(body, boundary);
      const range = parseContentRange(response.headers.get('content-range'));
      if (!range) throw new Error(`Search index file ${file}: 206 without Content-Range`);
      return [{start: range.start, bytes: body}];
    }
    if (response.status === 200) {
      if (ranges.length > 1) {
        // Multiple ranges ignored: stop the download, ask for each range alone.
        await response.body?.cancel();
        multiRange = false;
        return [];
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      whole.set(file, Promise.resolve(bytes));
      return [{start: 0, bytes}];
    }
    throw new Error(`Search index file ${file}: HTTP ${response.status}`);
  }

  async function single(file: string, ranges: readonly ByteRange[]): Promise<RangePart[]> {
    const answers = await Promise.all(ranges.map((range) => request(file, [range])));
    return answers.flat();
  }

  return {
    async json(file) {
      const response = await fetcher(base + file);
      if (!response.ok) throw new Error(`Search index file ${file}: HTTP ${response.status}`);
      return response.json();
    },
    async ranges(file, ranges) {
      const known = whole.get(file);
      if (known) {
        const bytes = await known;
        return ranges.map(([start, end]) => bytes.subarray(start, end));
      }
      const wanted = joinRanges(ranges);
      let parts =
        multiRange && wanted.length > 1 ? await request(file, wanted) : await single(file, wanted);
      const missing = wanted.filter((range) => !sliceOf(parts, range));
      if (missing.length > 0) {
        // The host answered part of a multi-range request (or none of it).
        multiRange = false;
        parts = [...parts, ...(await single(file, missing))];
      }
      return ranges.map((range) => {
        const bytes = sliceOf(parts, range);
        if (!bytes) throw new Error(`Search index file ${file}: bytes ${range.join('-')} missing`);
        return bytes;
      });
    },
  };
}

/** Inflates one gzip member into text (the browser's and Node's DecompressionStream). */
export async function gunzipText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
