// The bundler's loader of the generated modules whose content the index worker is still building (the
// manifest the search worker imports, the search page's facets): it waits for the content and gives it in
// place of the file's, which holds only the digest of what the index is built from. So bundling starts at
// once and only the modules that need the index wait for it, while the rest is bundled.
// CommonJS: webpack and Rspack `require` a loader.
import type {LoaderContext} from 'webpack';

/** One registry per process (a global, whichever copy of this file the bundler requires). */
const REGISTRY = Symbol.for('@kmportal/docusaurus-search/pending-modules');

type Registry = Map<string, Promise<string>>;

/** The contents being built, by the path of the generated module they stand for. */
function pendingModules(): Registry {
  const scope = globalThis as {[REGISTRY]?: Registry};
  if (!Object.hasOwn(scope, REGISTRY)) scope[REGISTRY] = new Map();
  return scope[REGISTRY]!;
}

/** Gives a pending module's content once it is built; its build's error is the module's error. */
function pendingModuleLoader(this: LoaderContext<unknown>): void {
  // The content is not the file's: never taken from a cache, read again by every compilation.
  this.cacheable(false);
  const callback = this.async();
  const content = pendingModules().get(this.resourcePath);
  if (content === undefined) {
    callback(
      new Error(
        `@kmportal/docusaurus-search: ${this.resourcePath} was not generated in this process: expected the search plugin's allContentLoaded to have started building it (is the plugin in the site's config?)`,
      ),
    );
    return;
  }
  content.then(
    (text) => callback(null, text),
    (error: Error) => callback(error),
  );
}

export = Object.assign(pendingModuleLoader, {pendingModules});
