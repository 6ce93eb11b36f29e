import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Compiler} from 'webpack';
import type {BuiltIndex} from './indexJob.js';

/** Where the webpack plugin finds the latest index (the dev server rebuilds it on change). */
export interface IndexHolder {
  /** The index once built, none when there are no docs. */
  index(): Promise<BuiltIndex | undefined>;
}

/** Folder of the index files in the built site, below baseUrl. */
export const INDEX_FOLDER = 'search';

/**
 * A webpack plugin that emits the index files as assets: written by a build, served by the dev server.
 * It waits for the index at the end of the compilation, the rest bundled in the meantime.
 */
export function createEmitPlugin(holder: IndexHolder) {
  return {
    apply(compiler: Compiler) {
      const {RawSource} = compiler.webpack.sources;
      compiler.hooks.thisCompilation.tap('kmportal-search', (compilation) => {
        compilation.hooks.processAssets.tapPromise(
          {
            name: 'kmportal-search',
            stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
          },
          async () => {
            for (const file of (await holder.index())?.files ?? []) {
              const {content} = file;
              const source =
                typeof content === 'string'
                  ? content
                  : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
              compilation.emitAsset(`${INDEX_FOLDER}/${file.name}`, new RawSource(source));
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
