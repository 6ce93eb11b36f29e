// A registry text written once (`name: Office of …`) or per locale (`name: {en: …, fr: …, ru: …}`).
import type {VFile} from 'vfile';
import {isAlias, isMap, isScalar, type Document, type Node as YamlNode, type YAMLMap} from 'yaml';
import {code, codeList, report} from './diagnostics.js';
import type {LocaleSettings} from './locale.js';
import {nullRecord} from './own.js';
import {didYouMean} from './suggest.js';
import type {Point} from './types.js';

/** A registry text as read: the text shown in the configuration's locale, and every translation. */
export interface LocalizedText {
  text: string;
  /** By locale, when the registry gives one per locale. */
  translations?: Record<string, string>;
}

/** What reading one localized field needs: the file, its locales, where entries and nodes are. */
export interface LocalizedField {
  file: VFile;
  what: string;
  key: string;
  /** The entry's key (`OES`), for messages. */
  owner: string;
  locales: LocaleSettings;
  place: Point;
  locate: (node: YamlNode | null | undefined) => Point;
  doc: Document;
  /** A text written once is every locale's, with no `untranslated-registry` note (`focal_point`). */
  sharedWhenPlain?: boolean | undefined;
}

function resolved(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** ` Did you mean `fr`?` for `fr-FR` or `fre` when the site has `fr`. */
function localeHint(locale: string, known: readonly string[]): string {
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  const same = known.find((candidate) => candidate.toLowerCase() === language);
  return same ? ` Did you mean \`${same}\`?` : didYouMean(locale, known);
}

/** Each `locale: text` pair of a mapping, reporting unknown locales and values that are not text. */
function readTranslations(map: YAMLMap, field: LocalizedField): Record<string, string> {
  const translations = nullRecord<string>();
  const {file, what, key, owner, locales} = field;
  for (const pair of map.items) {
    const keyNode = pair.key as YamlNode;
    const locale = String(isScalar(keyNode) ? keyNode.value : keyNode);
    const value = resolved(pair.value, field.doc);
    const at = field.locate(keyNode);
    if (locales.known !== false && !locales.locales.includes(locale)) {
      const hint = localeHint(locale, locales.locales);
      report(
        file,
        `${what}: unknown locale ${code(locale)} in the ${key} of ${code(owner)}, expected one of the site's locales ${codeList(locales.locales)}.${hint}`,
        at,
        'unknown-locale',
        'warning',
      );
      continue;
    }
    if (!isScalar(value) || value.value === null || String(value.value).trim() === '') {
      report(
        file,
        `${what}: the ${code(locale)} ${key} of ${code(owner)} is not a text; write \`${locale}: …\` on one line.`,
        at,
        'registry-entry',
      );
      continue;
    }
    translations[locale] = String(value.value);
  }
  return translations;
}

/** The text in the configuration's locale, else the default locale's (noted), else the first given. */
function pickText(translations: Record<string, string>, field: LocalizedField): string | undefined {
  const {locale, defaultLocale} = field.locales;
  const own = Object.hasOwn(translations, locale) ? translations[locale] : undefined;
  if (own !== undefined) return own;
  const fallback = Object.hasOwn(translations, defaultLocale)
    ? translations[defaultLocale]
    : Object.values(translations)[0];
  if (fallback !== undefined) noteMissing(field, fallback);
  return fallback;
}

/** The info that a text is shown in the default language in this locale's pages. */
function noteMissing(field: LocalizedField, shown: string): void {
  const {locale} = field.locales;
  if (locale === field.locales.defaultLocale) return;
  report(
    field.file,
    `${field.what}: ${code(field.owner)} has no ${code(locale)} ${field.key}, so ${locale} pages show ${code(shown)}; add \`${locale}: …\` under \`${field.key}\`.`,
    field.place,
    'untranslated-registry',
    'info',
  );
}

/** Reads `key` of a registry entry as a plain text or as one text per locale. */
export function readLocalizedText(map: YAMLMap, field: LocalizedField): LocalizedText | undefined {
  const node = resolved(map.get(field.key, true), field.doc);
  if (isMap(node)) {
    const translations = readTranslations(node, field);
    const text = pickText(translations, field);
    return text === undefined ? undefined : {text, translations};
  }
  if (!isScalar(node) || node.value === null || node.value === '') {
    return node === undefined || node === null || isScalar(node)
      ? undefined
      : {text: '(a list or mapping)'};
  }
  const text = String(node.value);
  if (!field.sharedWhenPlain) noteMissing(field, text);
  return {text};
}
