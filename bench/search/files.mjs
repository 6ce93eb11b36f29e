// What a built site holds, for `npm run bench:search`: its pages, its search index files and their sizes.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

/** Every file below `dir` (those whose name ends with `extension`, if given), as paths. */
export function filesBelow(dir, extension = '') {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The URL path of the first doc page of a build, to open before searching. */
export function firstDocPath(outDir) {
  const page = filesBelow(join(outDir, 'docs')).find(
    (path) => path.endsWith('index.html') || path.endsWith('.html'),
  );
  return page.slice(outDir.length).replace(/(\/index)?\.html$/, '');
}

/** The index files in a build: ours below search/, easyops's search-index*.json, Pagefind's index and fragments. */
export function indexFiles(variant, outDir) {
  if (variant === 'kmportal')
    return filesBelow(join(outDir, 'search')).filter((p) =>
      /\/search\/[a-z]+-?\d*\.[0-9a-f]+\.(json|bin)$/.test(p),
    );
  if (variant === 'pagefind')
    return filesBelow(join(outDir, 'pagefind')).filter(
      (p) => !/\.(js|css)$/.test(p) && !/\/wasm\.[^/]*$/.test(p),
    );
  return readdirSync(outDir)
    .filter((name) => /^search-index.*\.json$/.test(name))
    .map((name) => join(outDir, name));
}

/** Bytes of files on disk, raw and gzipped one by one, and how many. */
export function diskSize(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return {raw, gzip, files: files.length};
}
