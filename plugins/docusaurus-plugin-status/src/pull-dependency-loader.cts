// A bundler loader (CommonJS, which webpack and Rspack both load), run before the MDX loader on docs pages.

interface LoaderContext {
  getOptions(): {file: string};
  addDependency(file: string): void;
}

// Status blocks (their cards list the pages that pull them), `::status-ref`, `::status-table`, and the
// components written by hand in MDX.
const SHOWS_ITEMS = /::status|<Status(?:Block|Ref|Table)\b/;

/**
 * Makes a page that shows items depend on the pull fingerprint file, which the status plugin rewrites
 * only when what pulls show changes: the bundler then recompiles exactly those pages, in the dev
 * server as in a build with a persistent cache, instead of keeping them as they were compiled.
 */
function pullDependencyLoader(this: LoaderContext, source: string): string {
  if (SHOWS_ITEMS.test(source)) this.addDependency(this.getOptions().file);
  return source;
}

export = pullDependencyLoader;
