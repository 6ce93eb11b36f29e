// The generated modules that wait for the index (the manifest, the facets), through webpack and Rspack
// themselves: a module gets the built content, not its file's; a failed index build is the bundle's error,
// with the plugin's message, and never a hang; a module nobody started is an error that says why.
import {rspack} from '@rspack/core';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import webpack from 'webpack';
import {pendingModulesRule, setPendingModule} from '../pendingModules';

type Bundle = {errors: string[]; output?: string};

/** Bundles an entry that prints a generated JSON module, the module's file holding only a placeholder. */
function bundle(bundler: 'webpack' | 'rspack', pending?: Promise<string>): Promise<Bundle> {
  const dir = mkdtempSync(join(tmpdir(), `kb-search-pending-${bundler}-`));
  const generated = join(dir, 'search-manifest.json');
  writeFileSync(generated, '{"pendingSearchIndex":"k"}');
  writeFileSync(
    join(dir, 'entry.js'),
    `import m from './search-manifest.json';\nconsole.log(m);\n`,
  );
  if (pending) setPendingModule(generated, pending);
  const config = {
    mode: 'development' as const,
    devtool: false as const,
    context: dir,
    entry: './entry.js',
    output: {path: join(dir, 'out'), filename: 'main.js'},
    module: {rules: [pendingModulesRule([generated])]},
  };
  const compiler = bundler === 'webpack' ? webpack(config) : rspack(config);
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats) return reject(error);
      const errors = stats.toJson({all: false, errors: true}).errors ?? [];
      resolve({
        errors: errors.map((e) => e.message),
        output: errors.length ? undefined : readFileSync(join(dir, 'out', 'main.js'), 'utf8'),
      });
    }),
  );
}

describe.each(['webpack', 'rspack'] as const)('pending generated modules (%s)', (bundler) => {
  test('the module is the built content, given once it is built', async () => {
    let build!: (content: string) => void;
    const content = new Promise<string>((resolve) => (build = resolve));
    const bundled = bundle(bundler, content);
    setTimeout(() => build('{"pack":"terms.0123456789.bin"}'), 50);
    const {errors, output} = await bundled;
    expect(errors).toEqual([]);
    expect(output).toContain('terms.0123456789.bin');
    expect(output).not.toContain('pendingSearchIndex');
  });

  test('a failed index build is the bundle error, with its message', async () => {
    const failed = Promise.reject(new Error('the search index could not be built: a test failure'));
    const {errors} = await bundle(bundler, failed);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('the search index could not be built: a test failure');
  });
});

test('a generated module whose index nobody started is an error that says why', async () => {
  const {errors} = await bundle('webpack');
  expect(errors.join('\n')).toMatch(
    /search-manifest\.json was not generated in this process: expected the search plugin's allContentLoaded to have started building it/,
  );
});
