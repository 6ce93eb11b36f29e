import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';

// The design system's classes (`kb-chip`, `kb-badge`, …) are global: kb-design.css styles them by name.
// Inside a CSS module a bare `.kb-chip` is hashed to `.kb-chip_xxxx` and the rule silently matches nothing.
const root = join(__dirname, '..', '..', '..', '..');

function moduleCssFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'lib') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return moduleCssFiles(path);
    return entry.name.endsWith('.module.css') ? [path] : [];
  });
}

function bareDesignClasses(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: string[] = [];
  code.split('\n').forEach((line, index) => {
    const outsideGlobal = line.replace(/:global\([^)]*\)/g, '');
    for (const match of outsideGlobal.matchAll(/\.(kb-[\w-]+)/g))
      found.push(`${index + 1}:${match.index + 1}: .${match[1]}`);
  });
  return found;
}

test('CSS modules name the design system classes through :global()', () => {
  const files = [join(root, 'plugins'), join(root, 'src')].flatMap(moduleCssFiles);
  expect(files.length).toBeGreaterThan(10);
  const problems = files.flatMap((file) =>
    bareDesignClasses(readFileSync(file, 'utf8')).map((at) => `${relative(root, file)}:${at}`),
  );
  expect(problems).toEqual([]);
});

test('a bare design class is found, a :global one is not', () => {
  expect(
    bareDesignClasses('a.kb-chip.x:hover {}\na:global(.kb-badge).y {}\n/* .kb-tile */'),
  ).toEqual(['1:2: .kb-chip']);
});
