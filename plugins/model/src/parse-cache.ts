import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';
import {isMap} from 'node:util/types';
import {fileURLToPath} from 'node:url';
import {deserialize, serialize} from 'node:v8';
import {unitNames} from './review.js';
import type {ModelConfig, ParsedPage} from './types.js';
import {pageFromWire, pageToWire, type WirePage} from './wire.js';

/** Parses of pages kept across builds, keyed by the page's path and the digest of its text. */
export interface ParseCache {
  /** Whether it holds a parse of any text at this path (so that a page it cannot have is not read for it). */
  has(path: string): boolean;
  /** The earlier parse of exactly this text at this path, if any. */
  get(path: string, digest: string): ParsedPage | undefined;
  /** Keeps `page` as the parse of this text at this path. */
  set(path: string, digest: string, page: ParsedPage): void;
  /** Writes the parses used since the cache was opened (pages gone are dropped); never throws. */
  save(): void;
}

// The model's compiled files: a parse made by other code is not reused (a new version, a local edit).
const MODEL_DIR = dirname(fileURLToPath(import.meta.url));
let codeStamp: string | undefined;

function modelCodeStamp(): string {
  if (codeStamp) return codeStamp;
  const files = readdirSync(MODEL_DIR).filter((name) => /\.(js|ts)$/.test(name));
  const stamps = files.sort().map((name) => `${name}:${statSync(join(MODEL_DIR, name)).mtimeMs}`);
  return (codeStamp = stamps.join('\n'));
}

/**
 * Everything besides the text a parse depends on: the vocabulary, the registries' codes and unit names
 * (in every locale: `reviewers` may name a unit), the model's code. Nothing of the locale read in (SDG
 * titles, names shown): a site's locales share the parses of its source pages.
 */
function configKey(config: ModelConfig): string {
  const inputs = JSON.stringify({
    statuses: config.statuses,
    pageTypes: config.pageTypes,
    safety: config.authoringSafety !== false,
    units: config.units
      ? [...config.units.values()].map((u) => [u.code, unitNames(u).sort()])
      : null,
    nexus: config.nexus ? [...config.nexus.keys()] : null,
    code: modelCodeStamp(),
  });
  return createHash('sha1').update(inputs).digest('hex').slice(0, 16);
}

function readEntries(file: string): Map<string, WirePage> {
  try {
    const entries: unknown = deserialize(readFileSync(file));
    // `isMap`, not `instanceof`: the map is made in Node's realm, which a test's VM context is not.
    return isMap(entries) ? (entries as Map<string, WirePage>) : new Map();
  } catch {
    return new Map(); // Absent, unreadable or from another Node version: parse again.
  }
}

/** Whether an entry (`path\0digest`) is a page below `scope` (a folder relative to the site, `/`-ended). */
function inScope(key: string, scope: string | undefined): boolean {
  return scope === undefined || key.startsWith(scope);
}

/** Writes `entries` to `file` through a temporary file, so a reader never sees half of it; never throws. */
function writeEntries(cacheDir: string, file: string, entries: Map<string, WirePage>): void {
  try {
    mkdirSync(cacheDir, {recursive: true});
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(entries));
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk: the next build parses again, which is only slower.
  }
}

/**
 * A parse cache in `cacheDir` (e.g. `node_modules/.cache/kmportal-model`) for pages read with
 * `config`: one file per configuration, read when opened, written by `save` when anything changed.
 * `scope` is the folder the pages read through it are in (relative to the site, as page paths are,
 * ending with `/`): `save` replaces only that folder's entries, so the docs versions, instances and
 * locales of one site, read one after another or at once, keep each other's parses.
 */
export function openParseCache(cacheDir: string, config: ModelConfig, scope?: string): ParseCache {
  const file = join(cacheDir, `pages-${configKey(config)}.bin`);
  return openEntries(
    {read: () => readEntries(file), write: (entries) => writeEntries(cacheDir, file, entries)},
    scope,
  );
}

// Parses kept in this process (by configuration), shared through globalThis by every copy of this module.
const MEMORY_KEY = Symbol.for('kmportal.model.memoryParses');
const memory = ((globalThis as Record<symbol, unknown>)[MEMORY_KEY] ??= new Map<
  string,
  Map<string, WirePage>
>()) as Map<string, Map<string, WirePage>>;

/**
 * A parse cache in this process's memory, for a build with no persistent cache: the locales of one
 * `docusaurus build` read the same source pages one after another, and parse them once. Like the file's,
 * `save` keeps only the parses of the latest read of each `scope`, so it holds one copy of the site.
 */
export function openMemoryParseCache(config: ModelConfig, scope?: string): ParseCache {
  const key = configKey(config);
  return openEntries(
    {read: () => memory.get(key) ?? new Map(), write: (entries) => memory.set(key, entries)},
    scope,
  );
}

/** Where a cache's entries are read from and written to. */
interface EntryStore {
  read(): Map<string, WirePage>;
  write(entries: Map<string, WirePage>): void;
}

function openEntries(store: EntryStore, scope: string | undefined): ParseCache {
  const stored = store.read();
  const storedHere = [...stored.keys()].filter((key) => inScope(key, scope)).length;
  const storedPaths = new Set([...stored.keys()].map((key) => key.slice(0, key.indexOf('\0'))));
  const used = new Map<string, WirePage>();
  let changed = false;
  return {
    has: (path) => storedPaths.has(path),
    get(path, digest) {
      const wire = stored.get(`${path}\0${digest}`);
      if (!wire) return undefined;
      used.set(`${path}\0${digest}`, wire);
      return pageFromWire(wire);
    },
    set(path, digest, page) {
      const key = `${path}\0${digest}`;
      if (used.has(key)) return;
      used.set(key, pageToWire(page));
      changed = true;
    },
    save() {
      if (!changed && used.size === storedHere) return;
      // Read again: another folder's read may have saved since this one opened the file.
      const entries = new Map<string, WirePage>();
      for (const [key, wire] of store.read()) if (!inScope(key, scope)) entries.set(key, wire);
      for (const [key, wire] of used) entries.set(key, wire);
      store.write(entries);
    },
  };
}

/** The `scope` of `openParseCache` for the pages of `docsDir`, whose paths are relative to `cwd`. */
export function parseCacheScope(cwd: string, docsDir: string): string | undefined {
  const folder = relative(cwd, docsDir).split(sep).join('/');
  return folder === '' ? undefined : `${folder}/`;
}
