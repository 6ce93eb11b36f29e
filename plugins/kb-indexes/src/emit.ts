import type {Compiler} from 'webpack';
import type {DashboardFile} from './dashboard.js';

/** Where the webpack plugin finds the latest table files (the dev server reloads content on change). */
export interface FileHolder {
  folder: string;
  files: DashboardFile[];
}

/**
 * A webpack plugin that emits the files of `holders` (the dashboard's table, the reports) as assets:
 * written by a build, served in dev.
 */
export function createEmitPlugin(holders: Iterable<FileHolder>) {
  return {
    apply(compiler: Compiler) {
      const {RawSource} = compiler.webpack.sources;
      compiler.hooks.thisCompilation.tap('kmportal-indexes', (compilation) => {
        compilation.hooks.processAssets.tap(
          {
            name: 'kmportal-indexes',
            stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
          },
          () => {
            for (const holder of holders) {
              for (const file of holder.files) {
                compilation.emitAsset(`${holder.folder}/${file.name}`, new RawSource(file.content));
              }
            }
          },
        );
      });
    },
  };
}
