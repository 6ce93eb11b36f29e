import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

// Docusaurus loads a site's config, presets and plugins with jiti. A package whose `require` entry Node
// loads itself is loaded once, natively; one that Node cannot load (an ES module importing a CommonJS
// export Node's loader cannot see, e.g. `import {Joi} from '@docusaurus/utils-validation'`) is silently
// transpiled by jiti instead, afresh for every plugin. Each `require` entry must load in plain Node.

const root = join(__dirname, '..', '..');

interface Manifest {
  name: string;
  exports?: Record<string, {require?: string} | string>;
}

function packagesWithRequireEntry(): Manifest[] {
  return readdirSync(join(root, 'plugins'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const path = join(root, 'plugins', entry.name, 'package.json');
        return [JSON.parse(readFileSync(path, 'utf8')) as Manifest];
      } catch {
        return [];
      }
    })
    .filter((manifest) => {
      const main = manifest.exports?.['.'];
      return typeof main === 'object' && Boolean(main.require);
    });
}

const SCRIPT = `
const name = process.argv[1];
const path = require.resolve(name);
const loaded = require(name);
const plugin = loaded.default ?? loaded;
process.stdout.write(JSON.stringify({path, type: typeof plugin}));
`;

describe('CommonJS entries load natively (so jiti hands them to Node)', () => {
  const packages = packagesWithRequireEntry();

  test('the Docusaurus packages have one', () => {
    expect(packages.map((manifest) => manifest.name).sort()).toEqual(
      expect.arrayContaining([
        '@kmportal/docusaurus-plugin-status',
        '@kmportal/docusaurus-preset',
        '@kmportal/docusaurus-search',
        '@kmportal/kb-feeds',
        '@kmportal/kb-indexes',
        '@kmportal/kb-review',
      ]),
    );
  });

  test.each(packages.map((manifest) => manifest.name))('%s', (name) => {
    const result = spawnSync(process.execPath, ['-e', SCRIPT, name], {cwd: root, encoding: 'utf8'});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const {path, type} = JSON.parse(result.stdout) as {path: string; type: string};
    expect(path).toMatch(/[\\/]lib[\\/]require\.cjs$/);
    expect(type).toBe('function');
  });
});
