import {createTwoFilesPatch} from 'diff';

/** A unified diff of one file, as `git diff` prints it (`a/…`, `b/…`), or `''` when nothing changed. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 2,
  });
  // The first line is jsdiff's `Index:`/`===` header when names differ; drop the separator line.
  return patch.replace(/^=+\n/m, '');
}
