import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

type Configuration = Parameters<NonNullable<Plugin['configureWebpack']>>[0];

interface PersistentCache {
  type: 'persistent';
  [key: string]: unknown;
}

/**
 * Test-only plugin: keeps the bundler's persistent cache in `directory` (webpack's `cache.cacheDirectory`,
 * Rspack's `experiments.cache.storage`), so builds of a copied fixture share it and nothing else does.
 */
export function bundlerCachePlugin(
  _context: LoadContext,
  {directory}: {directory: string},
): Plugin<undefined> {
  return {
    name: 'test-bundler-cache-dir',
    configureWebpack(config: Configuration) {
      const {cache} = config;
      if (cache && typeof cache === 'object' && cache.type === 'filesystem') {
        return {cache: {...cache, cacheDirectory: join(directory, 'webpack')}};
      }
      const rspack = (config as {experiments?: {cache?: PersistentCache}}).experiments?.cache;
      if (rspack?.type === 'persistent') {
        const storage = {type: 'filesystem', directory: join(directory, 'rspack')};
        return {experiments: {cache: {...rspack, storage}}} as Partial<Configuration>;
      }
      return {};
    },
  };
}
