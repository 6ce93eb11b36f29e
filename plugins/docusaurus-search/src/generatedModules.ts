import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {FacetsFile} from './client/format.js';
import type {BuiltIndex} from './indexJob.js';
import {setPendingModule} from './pendingModules.js';

/** Facet values and labels, given to the search page as a prop (without the per-document rows). */
export type FacetValues = FacetsFile['values'];

function facetValues(index: BuiltIndex): FacetValues {
  const file = index.files.find((f) => f.name === index.manifest.facets)!;
  return (JSON.parse(file.content as string) as FacetsFile).values;
}

/** The generated modules that hold the index: the manifest the search worker imports, the page's facets. */
const GENERATED = {
  manifest: {name: 'search-manifest.json', of: (index: BuiltIndex) => index.manifest},
  facets: {name: 'search-facets.json', of: facetValues},
};

type Generated = keyof typeof GENERATED;

/** Their paths, below the plugin's data folder. */
export function generatedPaths(dataDir: string): Record<Generated, string> {
  return {
    manifest: join(dataDir, GENERATED.manifest.name),
    facets: join(dataDir, GENERATED.facets.name),
  };
}

/**
 * What a generated module's file holds until postBuild writes its content: the digest of what the index
 * is built from, so that a file-keyed cache sees a change of the index (the bundler's content is the loader's).
 */
function pendingContent(key: string): string {
  return `${JSON.stringify({pendingSearchIndex: key, note: 'built during bundling (pendingLoader)'})}\n`;
}

/** Creates the generated modules of the index being built (key `key`); the bundler waits for `index`. */
export async function createPendingModules(
  actions: PluginContentLoadedActions,
  key: string,
  index: () => Promise<BuiltIndex | undefined>,
): Promise<void> {
  for (const {name, of} of Object.values(GENERATED)) {
    const path = await actions.createData(name, pendingContent(key));
    setPendingModule(
      path,
      index().then((built) => JSON.stringify(of(built!))),
    );
  }
}

/** Writes the generated modules' contents, as they were bundled, for whoever reads the generated files. */
export function writeGeneratedModules(dataDir: string, index: BuiltIndex): void {
  const paths = generatedPaths(dataDir);
  for (const [generated, {of}] of Object.entries(GENERATED))
    writeFileSync(paths[generated as Generated], JSON.stringify(of(index)));
}
