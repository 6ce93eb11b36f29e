import {readFile} from 'node:fs/promises';
import {join} from 'node:path';

// The suite's packages ship their French and Russian strings (`locales/<locale>/<name>.json`, flat maps of
// id -> message, as @docusaurus/theme-translations ships the classic theme's), so an adopting site gets them
// with no work; the site's own `i18n/<locale>/…` files still win over them.

/**
 * Where Docusaurus's extraction (`write-translations`) finds a package's `<Translate>` strings: its theme's
 * TypeScript sources (`<packageDir>/src/theme`, shipped). The compiled `lib/theme` that `getThemePath()`
 * names has no JSX left (`_jsx(Translate, …)` is not extracted), so a plugin lists this folder in
 * `getPathsToWatch()`, which Docusaurus also extracts from.
 */
export function themeSourcesOf(packageDir: string): string {
  return join(packageDir, 'src', 'theme');
}

/** The locales to try in order for `locale`: `fr-CA` -> `fr-CA`, `fr-FR`, `fr-Latn`, `fr` (as Docusaurus's themes do). */
export function shippedLocalesToTry(locale: string): string[] {
  let maximized: Intl.Locale;
  try {
    maximized = new Intl.Locale(locale).maximize();
  } catch {
    return [locale];
  }
  const tried = [
    locale,
    `${maximized.language}-${maximized.region}`,
    `${maximized.language}-${maximized.script}`,
    maximized.language,
  ];
  return [...new Set(tried)];
}

/** A file's messages as a null-prototype id -> message map, or `undefined` if there is no such file. */
async function readMessages(path: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    // A package's own file: a broken one is the package's bug, named with its path.
    throw new Error(`${path}: not a JSON map of id to message (${(error as Error).message})`);
  }
  const messages = Object.create(null) as Record<string, string>;
  for (const [id, message] of Object.entries(parsed)) {
    if (typeof message === 'string') messages[id] = message;
  }
  return messages;
}

/**
 * The messages a package ships for `locale` in `<packageDir>/locales/<locale>/<name>.json` (the first of
 * `shippedLocalesToTry(locale)` that exists), or an empty map: English is the sources' own text.
 */
export async function readShippedTranslations(
  packageDir: string,
  locale: string,
  name = 'code',
): Promise<Record<string, string>> {
  for (const tried of shippedLocalesToTry(locale)) {
    const messages = await readMessages(join(packageDir, 'locales', tried, `${name}.json`));
    if (messages) return messages;
  }
  return Object.create(null) as Record<string, string>;
}
