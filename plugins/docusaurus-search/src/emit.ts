import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Compiler} from 'webpack';
import type {IndexFile} from './shards.js';

/** Where the webpack plugin finds the latest index files (the dev server rebuilds them on change). */
export interface IndexHolder {
  files: IndexFile[];
}

/** Folder of the index files in the built site, below baseUrl. */
export const INDEX_FOLDER = 'search';

/** A webpack plugin that emits the index files as assets: written by a build, served by the dev server. */
export function createEmitPlugin(holder: IndexHolder) {
  return {
    apply(compiler: Compiler) {
      const {RawSource} = compiler.webpack.sources;
      compiler.hooks.thisCompilation.tap('kmportal-search', (compilation) => {
        compilation.hooks.processAssets.tap(
          {
            name: 'kmportal-search',
            stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
          },
          () => {
            for (const file of holder.files) {
              const content =
                typeof file.content === 'string' ? file.content : Buffer.from(file.content);
              compilation.emitAsset(`${INDEX_FOLDER}/${file.name}`, new RawSource(content));
            }
          },
        );
      });
    },
  };
}

/** Writes a file below the build's index folder. */
export function writeIndexFile(outDir: string, name: string, content: string | Uint8Array): void {
  mkdirSync(join(outDir, INDEX_FOLDER), {recursive: true});
  writeFileSync(join(outDir, INDEX_FOLDER, name), content);
}
