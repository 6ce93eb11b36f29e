// Copies the theme's non-TypeScript assets (CSS modules) next to the compiled theme files,
// so that `lib/theme` is a complete theme path for a site that installs the package.
import {cpSync, existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

const plugins = new URL('../plugins/', import.meta.url).pathname;
for (const name of readdirSync(plugins)) {
  const src = join(plugins, name, 'src', 'theme');
  if (!existsSync(src)) continue;
  cpSync(src, join(plugins, name, 'lib', 'theme'), {
    recursive: true,
    filter: (path) => !/\.tsx?$/.test(path),
  });
}
