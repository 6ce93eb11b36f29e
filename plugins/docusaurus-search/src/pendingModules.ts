import {existsSync, realpathSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

// Compiled: next to this file. Run from the TypeScript sources (Jest): the compiled loader in `lib`.
const LOADER_FILE = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.ts') ? '../lib/pendingLoader.cjs' : './pendingLoader.cjs',
    import.meta.url,
  ),
);

/** The loader's registry of contents being built, by the path of the generated module they stand for. */
const {pendingModules} = createRequire(import.meta.url)(LOADER_FILE) as {
  pendingModules(): Map<string, Promise<string>>;
};

/** The paths a bundler may know a file by: as written and with its links resolved (none if it is not there). */
function pathsOf(path: string): string[] {
  if (!existsSync(path)) return [];
  const real = realpathSync(path);
  return real === path ? [path] : [path, real];
}

/**
 * Makes the bundler take the content of the generated module at `path` from `content` once it is
 * built, not from the file. A failure of `content` is the module's build error.
 */
export function setPendingModule(path: string, content: Promise<string>): void {
  content.catch(() => undefined); // awaited by the loader; a superseded one may never be
  for (const each of pathsOf(path)) pendingModules().set(each, content);
}

/** The bundler rule that gives the generated modules at `paths` their built contents. */
export function pendingModulesRule(paths: string[]) {
  // Strings, not a function: the bundler matches them itself (Rspack without calling JavaScript).
  return {resource: paths.flatMap(pathsOf), use: [{loader: LOADER_FILE}]};
}
