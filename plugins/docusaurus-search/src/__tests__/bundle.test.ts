// What every page bundles: the navbar box, its hooks and the highlighter's client module. None may import
// the analyzer (lunr and its stemmers, about 20 kB gzipped): it belongs in the worker and in the
// highlighter's lazy chunk, loaded on first search or on a page opened from a result.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';

const SRC = join(__dirname, '..');
const EVERY_PAGE = [
  'theme/SearchBar/index.tsx',
  'theme/SearchMarked/index.tsx',
  'client/highlightModule.ts',
];

/** Relative TypeScript modules a file imports statically (type-only imports, `import()` and CSS excluded). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms);
  return Array.from(found, (match) => {
    const target = resolve(dirname(file), match[1]!.replace(/\.js$/, ''));
    return ['.ts', '.tsx', '/index.ts'].map((ext) => target + ext).find(existsSync);
  }).filter((path): path is string => path !== undefined);
}

function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = entries.map((entry) => join(SRC, entry));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

test('nothing every page loads imports the analyzer, statically', () => {
  const files = Array.from(reachable(EVERY_PAGE), (file) => file.slice(SRC.length + 1)).sort();
  expect(files).toContain('client/group.ts');
  expect(
    files.filter((file) => /client\/(analyze|lunr[-\w]*|snippet|engine)\.ts$/.test(file)),
  ).toEqual([]);
});
