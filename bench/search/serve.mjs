// A static server on 127.0.0.1 that gzips text responses (as any production host would), for both plugins alike.
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(dir, urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(dir, path), join(dir, `${path}.html`), join(dir, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** `bytes=a-b,c-,-n` → `[start, end]` pairs (inclusive), or undefined when unsatisfiable. */
function parseRange(header, size) {
  const ranges = header
    .replace(/^bytes=/, '')
    .split(',')
    .map((spec) => {
      const [a, b] = spec.trim().split('-');
      if (a === '') return [Math.max(0, size - Number(b)), size - 1];
      return [Number(a), b === '' ? size - 1 : Math.min(Number(b), size - 1)];
    });
  return ranges.every(([a, b]) => a <= b && a < size) ? ranges : undefined;
}

/**
 * Answers a Range request as nginx and Apache do (RFC 9110 §14): one range → 206 with Content-Range,
 * several → 206 `multipart/byteranges`. With `multiRange: false`, as S3 or Varnish-fronted hosts do,
 * several ranges are ignored and the whole file is sent (200).
 */
function sendRanges(res, body, type, header, multiRange) {
  const ranges = parseRange(header, body.length);
  if (!ranges) {
    res.writeHead(416, {'content-range': `bytes */${body.length}`}).end();
    return 0;
  }
  if (ranges.length > 1 && !multiRange) {
    res.writeHead(200, {'content-type': type, 'content-length': body.length}).end(body);
    return body.length;
  }
  if (ranges.length === 1) {
    const [a, b] = ranges[0];
    const part = body.subarray(a, b + 1);
    res
      .writeHead(206, {
        'content-type': type,
        'content-range': `bytes ${a}-${b}/${body.length}`,
        'content-length': part.length,
      })
      .end(part);
    return part.length;
  }
  const boundary = 'kb-bench-boundary';
  const chunks = ranges.flatMap(([a, b]) => [
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Type: ${type}\r\nContent-Range: bytes ${a}-${b}/${body.length}\r\n\r\n`,
    ),
    body.subarray(a, b + 1),
  ]);
  const multipart = Buffer.concat([...chunks, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  res
    .writeHead(206, {
      'content-type': `multipart/byteranges; boundary=${boundary}`,
      'content-length': multipart.length,
    })
    .end(multipart);
  return multipart.length;
}

/**
 * Serves `dir`; `log` lists every response as `{url, bytes}` (bytes on the wire, body after gzip).
 * Binary files (the search pack) are not gzipped, and answer Range requests.
 */
export async function serveGzipped(dir, {multiRange = true} = {}) {
  const cache = new Map();
  const files = new Map();
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = resolveFile(dir, url.pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Read once: a host answers a range from the file without reading all of it (a 50 MB pack read
    // whole for every range cost the measured process, which also runs this server, 10-20 ms a request).
    if (!files.has(file)) files.set(file, readFileSync(file));
    let body = files.get(file);
    if (req.headers.range) {
      log.push({
        url: url.pathname,
        bytes: sendRanges(res, body, type, req.headers.range, multiRange),
      });
      return;
    }
    const headers = {'content-type': type, 'cache-control': 'no-cache', 'accept-ranges': 'bytes'};
    if (type in {} || /text|json|javascript|xml|svg/.test(type)) {
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!cache.has(file)) cache.set(file, gzipSync(body));
        body = cache.get(file);
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = body.length;
    log.push({url: url.pathname, bytes: body.length});
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
