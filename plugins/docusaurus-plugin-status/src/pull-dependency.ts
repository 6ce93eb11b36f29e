import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

type Configuration = Parameters<NonNullable<Plugin['configureWebpack']>>[0];

// Compiled next to this module (`lib/`); CommonJS, as both bundlers load it.
const LOADER = fileURLToPath(new URL('./pull-dependency-loader.cjs', import.meta.url));

/** The name of the file (in the plugin's generated-data folder) holding the pull fingerprint. */
export const PULL_FINGERPRINT_FILE = 'pull-fingerprint.txt';

/**
 * Writes the fingerprint unless the file already holds it: its modification time then changes only
 * when what pulls show changes (`createData` rewrites its files on every production build).
 */
export async function writePullFingerprint(file: string, fingerprint: string): Promise<void> {
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === fingerprint) return;
  await mkdir(dirname(file), {recursive: true});
  await writeFile(file, fingerprint);
}

/**
 * A bundler rule that makes each page showing items, in the docs `folders` (every version of every
 * docs instance), depend on `file` (see
 * `pull-dependency-loader`), so an edit of an item recompiles the pages that show it, also in the
 * dev server, where the cache version is never read again.
 */
export function pullDependencyRule(folders: string[], file: string): Partial<Configuration> {
  const include = folders.map((folder) => (folder.endsWith(sep) ? folder : `${folder}${sep}`));
  return {
    module: {
      rules: [
        {
          test: /\.mdx?$/i,
          include,
          enforce: 'pre',
          use: [{loader: LOADER, options: {file}}],
        },
      ],
    },
  };
}
