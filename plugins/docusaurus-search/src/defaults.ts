import type {PluginOptions} from './options.js';

/** Option defaults, apart from the Joi schema so that scripts can import them without Docusaurus. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  docsPluginId: 'default',
  searchPagePath: 'search',
  termShardBytes: 64_000,
  docChunkBytes: 12_000,
  docsearchRecords: false,
};
