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

/** Serves `dir`; `log` lists every response as `{url, bytes}` (bytes on the wire, body after gzip). */
export async function serveGzipped(dir) {
  const cache = new Map();
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = resolveFile(dir, url.pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = {'content-type': type, 'cache-control': 'no-cache'};
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
