import {lstatSync} from 'node:fs';
import {VFile} from 'vfile';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLMap,
} from 'yaml';
import {code, report} from './diagnostics.js';
import {DEFAULT_MAX_REGISTRY_BYTES, readTextFile} from './files.js';
import type {LocaleSettings} from './locale.js';
import {readLocalizedText} from './registry-locales.js';
import type {NexusArea, Point, Unit} from './types.js';

/** A registry read from YAML, with the problems found in it. */
export interface Registry<T> {
  entries: Map<string, T>;
  file: VFile;
  /** Where each entry starts in the file, by key. */
  places: Map<string, Point>;
}

interface FieldSpec {
  key: string;
  field: string;
  required: boolean;
  pattern?: RegExp;
  /** Written once or per locale (`name: {en: …, fr: …}`); the translations go to `translations`. */
  translations?: string;
  /**
   * A text written once is the same in every locale, with no note (a focal point is often a person's
   * name); only a per-locale mapping that lacks the locale is noted.
   */
  sharedWhenPlain?: boolean;
}

interface Entry {
  map: YAMLMap;
  line: number;
  column: number;
  /** Resolves an alias (`*name`) to the node its anchor names. */
  doc: Document;
  /** Where a node of the file starts. */
  locate: (node: {range?: number[] | null} | null | undefined) => Point;
}

function readEntries(file: VFile, what: string): Entry[] {
  const lines = new LineCounter();
  const doc = parseDocument(String(file.value), {lineCounter: lines, prettyErrors: false});
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return {line: pos.line, column: pos.col};
  };
  for (const error of doc.errors) {
    report(
      file,
      `${what} is not valid YAML: ${error.message.split('\n')[0]}`,
      at(error.pos[0]),
      'registry-yaml',
    );
  }
  if (doc.errors.length > 0 || doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    report(
      file,
      `${what} must be a YAML list of entries (lines starting with \`- \`).`,
      at(0),
      'registry-yaml',
    );
    return [];
  }
  const locate: Entry['locate'] = (node) => at(node?.range?.[0] ?? 0);
  return doc.contents.items.flatMap((item) => {
    const place = at((item as {range?: number[]}).range?.[0] ?? 0);
    const entry = isAlias(item) ? item.resolve(doc) : item;
    if (isMap(entry)) return [{map: entry, doc, locate, ...place}];
    report(
      file,
      `${what}: each entry must be a mapping such as \`code: OES\`.`,
      place,
      'registry-yaml',
    );
    return [];
  });
}

/** The value at `key` of an entry, through an alias (`name: *shared`) when there is one. */
function scalarValue(map: YAMLMap, key: string, doc: Document): unknown {
  const node = map.get(key, true);
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (isScalar(target)) return target.value;
  // A list or mapping where one value belongs: shown as such, never expanded (aliases may nest).
  return target === undefined || target === null ? target : '(a list or mapping)';
}

/** Whether a registry is there: a file, or a link (even broken, which the reader reports). */
function present(path: string): boolean {
  return lstatSync(path, {throwIfNoEntry: false}) !== undefined;
}

/** The value of one field of an entry: its text (the locale's, for a translated field) and translations. */
function fieldValue(
  entry: Entry,
  spec: FieldSpec,
  context: {file: VFile; what: string; owner: string; locales: LocaleSettings},
): {value: unknown; translations?: Record<string, string>} {
  if (!spec.translations) return {value: scalarValue(entry.map, spec.key, entry.doc)};
  const read = readLocalizedText(entry.map, {
    ...context,
    key: spec.key,
    sharedWhenPlain: spec.sharedWhenPlain,
    place: {line: entry.line, column: entry.column},
    locate: entry.locate,
    doc: entry.doc,
  });
  return {value: read?.text, translations: read?.translations};
}

function readRegistry(
  path: string,
  what: string,
  specs: FieldSpec[],
  locales: LocaleSettings,
): Registry<Record<string, string>> {
  const file = new VFile({path});
  const read = readTextFile(path, file, what, DEFAULT_MAX_REGISTRY_BYTES);
  file.value = read.ok ? read.value : '';
  const entries = new Map<string, Record<string, string>>();
  const places = new Map<string, Point>();
  const [keySpec] = specs;
  for (const entry of readEntries(file, what)) {
    const {map, line, column, doc} = entry;
    // eslint-disable-next-line no-restricted-syntax -- keyed by the fixed field names of `specs`
    const record: Record<string, unknown> = {};
    const owner = String(scalarValue(map, keySpec.key, doc) ?? '');
    for (const spec of specs) {
      const {value, translations} = fieldValue(entry, spec, {file, what, owner, locales});
      if (spec.translations && translations) record[spec.translations] = translations;
      if (value === undefined || value === null || value === '') {
        if (spec.required)
          report(file, `${what}: entry has no \`${spec.key}\`.`, {line, column}, 'registry-entry');
        continue;
      }
      const text = String(value);
      if (spec.pattern && !spec.pattern.test(text)) {
        report(
          file,
          `${what}: invalid ${spec.key} ${code(text)}, expected ${spec.pattern.source}.`,
          {line, column},
          'registry-entry',
        );
      }
      record[spec.field] = text;
    }
    const key = record[keySpec.field] as string | undefined;
    if (!key) continue;
    if (entries.has(key))
      report(file, `${what}: ${code(key)} is listed twice.`, {line, column}, 'registry-entry');
    entries.set(key, record as Record<string, string>);
    if (!places.has(key)) places.set(key, {line, column});
  }
  return {entries, file, places};
}

// No locale said: the default locale's texts, any locale key accepted.
const ENGLISH_ONLY: LocaleSettings = {
  locale: 'en',
  defaultLocale: 'en',
  locales: ['en'],
  known: false,
};

/** `focal_point` of a unit or nexus area: a name written once, or a role per locale (`{en: …, fr: …}`). */
const FOCAL_POINT: FieldSpec = {
  key: 'focal_point',
  field: 'focalPoint',
  required: false,
  translations: 'focalPoints',
  sharedWhenPlain: true,
};

/**
 * Reads `units.yml`: a list of `{code, name, parent?, focal_point?}`, `name` and `focal_point` plain
 * or per locale (`name: {en: …, fr: …}`, read in `locales.locale`); `undefined` when absent.
 */
export function readUnits(path: string, locales = ENGLISH_ONLY): Registry<Unit> | undefined {
  if (!present(path)) return undefined;
  const registry = readRegistry(
    path,
    'units.yml',
    [
      {key: 'code', field: 'code', required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9-]*$/},
      {key: 'name', field: 'name', required: true, translations: 'names'},
      {key: 'parent', field: 'parent', required: false},
      FOCAL_POINT,
    ],
    locales,
  );
  for (const unit of registry.entries.values()) {
    if (unit.parent && !registry.entries.has(unit.parent)) {
      report(
        registry.file,
        `units.yml: parent ${code(unit.parent)} of ${code(unit.code)} is not a listed unit; add it to units.yml or correct the code.`,
        registry.places.get(unit.code),
        'registry-entry',
      );
    }
  }
  return registry as unknown as Registry<Unit>;
}

/**
 * Reads `nexus.yml`: a list of `{slug, title, description, focal_point?}`, `title` and `description`
 * plain or per locale; `undefined` when absent.
 */
export function readNexus(path: string, locales = ENGLISH_ONLY): Registry<NexusArea> | undefined {
  if (!present(path)) return undefined;
  return readRegistry(
    path,
    'nexus.yml',
    [
      {key: 'slug', field: 'slug', required: true, pattern: /^[a-z0-9][a-z0-9-]*$/},
      {key: 'title', field: 'title', required: true, translations: 'titles'},
      {key: 'description', field: 'description', required: true, translations: 'descriptions'},
      FOCAL_POINT,
    ],
    locales,
  ) as unknown as Registry<NexusArea>;
}
