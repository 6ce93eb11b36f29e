// Fetches the relevance corpus: the npm CLI's own documentation, as Markdown, from the `npm` package's
// tarball on the npm registry (the only network this machine has). Licence: the npm CLI and its docs are
// under the Artistic License 2.0 (the tarball's LICENSE is copied next to the pages).
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {filesBelow} from '../files.mjs';

/** The pinned package version whose docs/content/**.md are the corpus (91 pages). */
export const CORPUS_PACKAGE = 'npm@11.21.2';

/**
 * Downloads and unpacks the corpus once into `out` (`out/docs` holds the pages, `out/LICENSE` the
 * licence, `out/SOURCE` where it came from); returns the docs folder and the page count.
 */
export function fetchCorpus(out) {
  const docs = join(out, 'docs');
  if (!existsSync(join(out, 'SOURCE'))) {
    rmSync(out, {recursive: true, force: true});
    mkdirSync(out, {recursive: true});
    const packed = JSON.parse(
      execFileSync('npm', ['pack', CORPUS_PACKAGE, '--json', '--pack-destination', out], {
        encoding: 'utf8',
      }),
    );
    const tarball = join(out, packed[0].filename);
    execFileSync('tar', ['xzf', tarball, '-C', out, 'package/docs/content', 'package/LICENSE']);
    cpSync(join(out, 'package/docs/content'), docs, {recursive: true});
    cpSync(join(out, 'package/LICENSE'), join(out, 'LICENSE'));
    const integrity = packed[0].integrity;
    writeFileSync(
      join(out, 'SOURCE'),
      `${CORPUS_PACKAGE} docs/content (${integrity}), Artistic License 2.0\n`,
    );
    rmSync(join(out, 'package'), {recursive: true, force: true});
    rmSync(tarball);
  }
  return {
    docs,
    pages: filesBelow(docs, '.md').length,
    source: readFileSync(join(out, 'SOURCE'), 'utf8').trim(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? new URL('../../.work/search/npm-docs', import.meta.url).pathname;
  console.log(fetchCorpus(out));
}
